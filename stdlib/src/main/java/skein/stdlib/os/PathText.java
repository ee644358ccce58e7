package skein.stdlib.os;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.runtime.StrOps;

/**
 * POSIX path arithmetic on text, as {@code posixpath} does it: no file system access, '/' the
 * only separator, any number of slashes in a row counting as one (except a leading "//",
 * which POSIX lets mean something else).
 */
public final class PathText {

    private PathText() {
    }

    public static boolean isAbsolute(String path) {
        return path.startsWith("/");
    }

    /** {@code (head, tail)}: the tail after the last slash, the head without its trailing slashes (unless all slashes). */
    public static String[] split(String path) {
        int cut = path.lastIndexOf('/') + 1;
        String head = path.substring(0, cut);
        String tail = path.substring(cut);
        return new String[]{trimTrailingSlashes(head), tail};
    }

    public static String dirname(String path) {
        return split(path)[0];
    }

    public static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String trimTrailingSlashes(String head) {
        if (head.isEmpty() || head.chars().allMatch(c -> c == '/')) {
            return head;
        }
        int end = head.length();
        while (end > 0 && head.charAt(end - 1) == '/') {
            end--;
        }
        return head.substring(0, end);
    }

    /** {@code (root, ext)}: the extension from the last dot of the last component, unless that name is all leading dots. */
    public static String[] splitext(String path) {
        int separator = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > separator) {
            for (int i = separator + 1; i < dot; i++) {
                if (path.charAt(i) != '.') {
                    return new String[]{path.substring(0, dot), path.substring(dot)};
                }
            }
        }
        return new String[]{path, ""};
    }

    /** {@code join(a, *p)}: an absolute component restarts the path. */
    public static String join(String first, List<String> rest) {
        StringBuilder path = new StringBuilder(first);
        for (String part : rest) {
            if (part.startsWith("/")) {
                path.setLength(0);
                path.append(part);
            } else if (path.isEmpty() || path.charAt(path.length() - 1) == '/') {
                path.append(part);
            } else {
                path.append('/').append(part);
            }
        }
        return path.toString();
    }

    /** Removes "." and empty components and folds "x/.." away, without looking at the file system. */
    public static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? 1 : 0;
        if (path.startsWith("//") && !path.startsWith("///")) {
            initialSlashes = 2;
        }
        List<String> components = new ArrayList<>();
        for (String component : path.split("/", -1)) {
            if (component.isEmpty() || component.equals(".")) {
                continue;
            }
            boolean keep = !component.equals("..") || (initialSlashes == 0 && components.isEmpty())
                    || (!components.isEmpty() && components.get(components.size() - 1).equals(".."));
            if (keep) {
                components.add(component);
            } else if (!components.isEmpty()) {
                components.remove(components.size() - 1);
            }
        }
        String result = "/".repeat(initialSlashes) + String.join("/", components);
        return result.isEmpty() ? "." : result;
    }

    /** The path made absolute against {@code cwd} and normalized. */
    public static String abspath(String path, String cwd) {
        return normpath(isAbsolute(path) ? path : join(cwd, List.of(path)));
    }

    /** {@code relpath(path, start)} for two absolute, normalized paths. */
    public static String relpath(String absolutePath, String absoluteStart) {
        List<String> start = components(absoluteStart);
        List<String> target = components(absolutePath);
        int common = 0;
        while (common < start.size() && common < target.size() && start.get(common).equals(target.get(common))) {
            common++;
        }
        List<String> relative = new ArrayList<>();
        for (int i = common; i < start.size(); i++) {
            relative.add("..");
        }
        relative.addAll(target.subList(common, target.size()));
        if (relative.isEmpty()) {
            return ".";
        }
        return join(relative.get(0), relative.subList(1, relative.size()));
    }

    private static List<String> components(String path) {
        List<String> result = new ArrayList<>();
        for (String component : path.split("/")) {
            if (!component.isEmpty()) {
                result.add(component);
            }
        }
        return result;
    }

    /** The longest common leading text of the paths (character by character, not by component). */
    public static String commonprefix(List<String> paths) {
        if (paths.isEmpty()) {
            return "";
        }
        String lowest = paths.get(0);
        String highest = paths.get(0);
        for (String path : paths) {
            if (StrOps.compare(path, lowest) < 0) {
                lowest = path;
            }
            if (StrOps.compare(path, highest) > 0) {
                highest = path;
            }
        }
        int i = 0;
        while (i < lowest.length() && lowest.charAt(i) == highest.charAt(i)) {
            i++;
        }
        // Never cut a character in two: a shared high surrogate is not a shared character.
        if (i > 0 && i < lowest.length() && Character.isHighSurrogate(lowest.charAt(i - 1))) {
            i--;
        }
        return lowest.substring(0, i);
    }

    /** The longest common sub-path of paths that are all absolute or all relative; null when they are mixed. */
    public static String commonpath(List<String> paths) {
        boolean absolute = isAbsolute(paths.get(0));
        List<List<String>> split = new ArrayList<>();
        for (String path : paths) {
            if (isAbsolute(path) != absolute) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (String component : path.split("/", -1)) {
                if (!component.isEmpty() && !component.equals(".")) {
                    parts.add(component);
                }
            }
            split.add(parts);
        }
        List<String> lowest = split.get(0);
        List<String> highest = split.get(0);
        for (List<String> parts : split) {
            if (compare(parts, lowest) < 0) {
                lowest = parts;
            }
            if (compare(parts, highest) > 0) {
                highest = parts;
            }
        }
        int i = 0;
        while (i < lowest.size() && lowest.get(i).equals(highest.get(i))) {
            i++;
        }
        return (absolute ? "/" : "") + String.join("/", lowest.subList(0, i));
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = StrOps.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
