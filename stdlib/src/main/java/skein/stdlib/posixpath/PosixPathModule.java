package skein.stdlib.posixpath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.oracle.truffle.api.TruffleFile;

import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.os.Errno;
import skein.stdlib.os.OsErrors;
import skein.stdlib.os.PathArgument;
import skein.stdlib.os.PathText;

/**
 * {@code posixpath}, which is {@code os.path}: path text functions on str or bytes (the
 * result has the argument's kind), and the questions about files, asked through Truffle's
 * file system.
 */
public final class PosixPathModule implements NativeModule {

    /** {@code $name} or {@code ${name}}, ASCII word characters as CPython's pattern has them. */
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+|\\{[^}]*\\})");
    private static final String STAT_ACCEPTS = "string, bytes, os.PathLike or integer";

    @Override
    public String name() {
        return "posixpath";
    }

    @Override
    public void define(ModuleBuilder module) {
        module.constant("curdir", ".");
        module.constant("pardir", "..");
        module.constant("extsep", ".");
        module.constant("sep", "/");
        module.constant("pathsep", ":");
        module.constant("defpath", "/bin:/usr/bin");
        module.constant("altsep", PNone.NONE);
        module.constant("devnull", "/dev/null");
        module.constant("supports_unicode_filenames", false);
        defineText(module);
        defineFileQuestions(module);
    }

    private static void defineText(ModuleBuilder module) {
        module.function("normcase(s, /)", a -> PathArgument.of(a[0]).value());
        module.function("isabs(s, /)", a -> PathText.isAbsolute(PathArgument.of(a[0]).text()));
        module.function("splitdrive(p, /)", a -> {
            PathArgument p = PathArgument.of(a[0]);
            return pair(p.wrap(""), p.value());
        });
        module.function("split(p, /)", a -> {
            PathArgument p = PathArgument.of(a[0]);
            String[] parts = PathText.split(p.text());
            return pair(p.wrap(parts[0]), p.wrap(parts[1]));
        });
        module.function("splitext(p, /)", a -> {
            PathArgument p = PathArgument.of(a[0]);
            String[] parts = PathText.splitext(p.text());
            return pair(p.wrap(parts[0]), p.wrap(parts[1]));
        });
        module.function("basename(p, /)", a -> {
            PathArgument p = PathArgument.of(a[0]);
            return p.wrap(PathText.basename(p.text()));
        });
        module.function("dirname(p, /)", a -> {
            PathArgument p = PathArgument.of(a[0]);
            return p.wrap(PathText.dirname(p.text()));
        });
        module.function("join(a, /, *p)", a -> join(a[0], (PTuple) a[1]));
        module.function("normpath(path, /)", a -> {
            PathArgument p = PathArgument.of(a[0]);
            return p.wrap(PathText.normpath(p.text()));
        });
        module.function("abspath(path, /)", a -> {
            PathArgument p = PathArgument.of(a[0]);
            return p.wrap(abspath(p));
        });
        module.function("realpath(filename, /, *, strict=False)", a -> {
            PathArgument p = PathArgument.of(a[0]);
            String resolved = new RealPath(p.isBytes(), Truthiness.isTrue(a[1])).resolve(p.text());
            return p.wrap(PathText.abspath(resolved, cwd(p.isBytes())));
        });
        module.function("relpath(path, start=None)", a -> {
            PathArgument p = PathArgument.of(a[0]);
            if (p.text().isEmpty()) {
                throw PythonErrors.valueError("no path specified");
            }
            PathArgument start = a[1] == PNone.NONE ? new PathArgument(".", p.isBytes()) : PathArgument.of(a[1]);
            if (start.isBytes() != p.isBytes()) {
                throw PythonErrors.typeError("Can't mix strings and bytes in path components");
            }
            return p.wrap(PathText.relpath(abspath(p), abspath(start)));
        });
        module.function("commonprefix(m, /)", a -> {
            Object[] items = Iteration.toArray(a[0]);
            if (items.length == 0) {
                return "";
            }
            List<String> texts = new ArrayList<>();
            PathArgument first = null;
            for (Object item : items) {
                PathArgument p = PathArgument.of(item);
                first = first == null ? p : first;
                texts.add(p.text());
            }
            return first.wrap(PathText.commonprefix(texts));
        });
        module.function("commonpath(paths, /)", a -> {
            Object[] items = Iteration.toArray(a[0]);
            if (items.length == 0) {
                throw PythonErrors.valueError("commonpath() arg is an empty sequence");
            }
            List<String> texts = new ArrayList<>();
            PathArgument first = null;
            for (Object item : items) {
                PathArgument p = PathArgument.of(item);
                if (first != null && p.isBytes() != first.isBytes()) {
                    throw PythonErrors.typeError("Can't mix strings and bytes in path components");
                }
                first = first == null ? p : first;
                texts.add(p.text());
            }
            String common = PathText.commonpath(texts);
            if (common == null) {
                throw PythonErrors.valueError("Can't mix absolute and relative paths");
            }
            return first.wrap(common);
        });
        module.function("expanduser(path, /)", a -> expanduser(PathArgument.of(a[0])));
        module.function("expandvars(path, /)", a -> expandvars(PathArgument.of(a[0])));
    }

    private static void defineFileQuestions(ModuleBuilder module) {
        module.function("exists(path, /)", a -> {
            TruffleFile file = statFile(a[0], "stat");
            return file == null ? isStandardStream(a[0]) : file.exists();
        });
        module.function("lexists(path, /)", a -> {
            TruffleFile file = statFile(a[0], "lstat");
            return file != null && file.exists(LinkOption.NOFOLLOW_LINKS);
        });
        module.function("isfile(path, /)", a -> {
            TruffleFile file = statFile(a[0], "stat");
            return file != null && file.isRegularFile();
        });
        module.function("isdir(s, /)", a -> {
            TruffleFile file = statFile(a[0], "stat");
            return file != null && file.isDirectory();
        });
        module.function("islink(path, /)", a -> {
            TruffleFile file = statFile(a[0], "lstat");
            return file != null && file.isSymbolicLink();
        });
        module.function("getsize(filename, /)", a -> {
            PathArgument p = PathArgument.forCall(a[0], "stat", "path", STAT_ACCEPTS);
            try {
                return p.file().size();
            } catch (IOException e) {
                throw OsErrors.of(e, p.value());
            } catch (SecurityException e) {
                throw OsErrors.of(e, p.value());
            }
        });
        module.function("getmtime(filename, /)", a -> time(a[0], TruffleFile.LAST_MODIFIED_TIME));
        module.function("getatime(filename, /)", a -> time(a[0], TruffleFile.LAST_ACCESS_TIME));
        module.function("getctime(filename, /)", a -> time(a[0], TruffleFile.UNIX_CTIME));
    }

    private static PTuple pair(Object first, Object second) {
        return new PTuple(SkeinLanguage.types().tupleType, new Object[]{first, second});
    }

    /** {@code join(a, *p)}: every part must be of the first one's kind. */
    private static Object join(Object firstArgument, PTuple rest) {
        PathArgument first = PathArgument.of(firstArgument);
        List<String> parts = new ArrayList<>();
        for (Object item : rest.items()) {
            PathArgument part;
            try {
                part = PathArgument.of(item);
            } catch (PException e) {
                throw PythonErrors.typeError("join() argument must be str, bytes, or os.PathLike object, not '"
                        + TypeOf.name(item) + "'");
            }
            if (part.isBytes() != first.isBytes()) {
                throw PythonErrors.typeError("Can't mix strings and bytes in path components");
            }
            parts.add(part.text());
        }
        return first.wrap(PathText.join(first.text(), parts));
    }

    /** The working directory as path text of the given kind. */
    private static String cwd(boolean bytes) {
        String cwd = Reprs.str(Calls.callMethod(os(), "getcwd"));
        return bytes ? new String(cwd.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) : cwd;
    }

    private static String abspath(PathArgument p) {
        return PathText.abspath(p.text(), cwd(p.isBytes()));
    }

    private static Object os() {
        return SkeinContext.get(null).importSystem().importAbsolute("os");
    }

    /** {@code os.environ[name]}, or null when unset. */
    private static String environment(String name) {
        Object environ = Attributes.get(os(), "environ");
        if (!Containers.contains(environ, name)) {
            return null;
        }
        Object value = Subscripts.getItem(environ, name);
        return Reprs.str(value);
    }

    /** {@code ~} and {@code ~/x} from HOME (else the JVM's idea of the user's home), {@code ~user} from the password file. */
    private static Object expanduser(PathArgument p) {
        String path = p.text();
        if (!path.startsWith("~")) {
            return p.value();
        }
        int slash = path.indexOf('/', 1);
        int end = slash < 0 ? path.length() : slash;
        String home;
        if (end == 1) {
            home = environment("HOME");
            if (home == null) {
                home = System.getProperty("user.home");
            }
        } else {
            String user = path.substring(1, end);
            home = homeOf(p.isBytes() ? new String(user.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                    : user);
            if (home == null) {
                return p.value();
            }
        }
        if (p.isBytes()) {
            home = new String(home.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }
        String trimmed = home.replaceAll("/+$", "");
        String result = trimmed + path.substring(end);
        return p.wrap(result.isEmpty() ? "/" : result);
    }

    /** A user's home directory from the password file, as getpwnam finds it; null for an unknown user. */
    private static String homeOf(String user) {
        try {
            TruffleFile passwd = SkeinContext.get(null).env().getPublicTruffleFile("/etc/passwd");
            for (String line : new String(passwd.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split(":", -1);
                if (fields.length >= 7 && fields[0].equals(user)) {
                    return fields[5];
                }
            }
        } catch (IOException | SecurityException e) {
            return null;
        }
        return null;
    }

    /** {@code $name} and {@code ${name}} replaced by their values in os.environ; unknown names stay. */
    private static Object expandvars(PathArgument p) {
        String path = p.text();
        if (path.indexOf('$') < 0) {
            return p.value();
        }
        int i = 0;
        Matcher m = VARIABLE.matcher(path);
        while (m.find(i)) {
            String name = m.group(1);
            if (name.startsWith("{") && name.endsWith("}")) {
                name = name.substring(1, name.length() - 1);
            }
            String lookup = p.isBytes() ? new String(name.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                    : name;
            String value = environment(lookup);
            if (value == null) {
                i = m.end();
            } else {
                if (p.isBytes()) {
                    value = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                }
                String tail = path.substring(m.end());
                path = path.substring(0, m.start()) + value;
                i = path.length();
                path += tail;
                m = VARIABLE.matcher(path);
            }
        }
        return p.wrap(path);
    }

    /**
     * The file a stat-like question is about, or null when the answer is simply False: a
     * path the C call would reject (a NUL in it) or an int (a file descriptor).
     */
    private static TruffleFile statFile(Object path, String call) {
        if (Numbers.intValueOrNull(path) != null && call.equals("stat")) {
            return null;
        }
        try {
            PathArgument p = PathArgument.forCall(path, call, "path",
                    call.equals("stat") ? STAT_ACCEPTS : "string, bytes or os.PathLike");
            return p.text().isEmpty() ? null : p.file();
        } catch (PException e) {
            // os.path's questions answer False where stat() raises OSError or ValueError.
            BuiltinTypes types = SkeinLanguage.types();
            if (e.pythonClass().isSubclassOf(types.osError) || e.pythonClass().isSubclassOf(types.valueError)) {
                return null;
            }
            throw e;
        }
    }

    /** Skein's processes hold no descriptors but the standard streams 0, 1 and 2. */
    private static boolean isStandardStream(Object path) {
        Object fd = Numbers.intValueOrNull(path);
        return fd instanceof Long l && l >= 0 && l <= 2;
    }

    private static double time(Object path, TruffleFile.AttributeDescriptor<FileTime> attribute) {
        PathArgument p = PathArgument.forCall(path, "stat", "path", STAT_ACCEPTS);
        try {
            Instant instant = p.file().getAttribute(attribute).toInstant();
            return instant.getEpochSecond() + instant.getNano() * 1e-9;
        } catch (IOException e) {
            throw OsErrors.of(e, p.value());
        } catch (SecurityException e) {
            throw OsErrors.of(e, p.value());
        }
    }

    /** {@code realpath}: symbolic links resolved component by component; missing parts kept as written. */
    private static final class RealPath {
        private final boolean bytes;
        private final boolean strict;
        /** Links being or already resolved: null while in progress, which a loop runs into. */
        private final Map<String, String> seen = new HashMap<>();

        RealPath(boolean bytes, boolean strict) {
            this.bytes = bytes;
            this.strict = strict;
        }

        String resolve(String path) {
            return joinResolved("", path)[0];
        }

        /** The resolved path and "ok" (empty) or "loop" (non-empty), as CPython's helper returns them. */
        private String[] joinResolved(String start, String rest) {
            String path = start;
            String remaining = rest;
            if (PathText.isAbsolute(remaining)) {
                remaining = remaining.substring(1);
                path = "/";
            }
            while (!remaining.isEmpty()) {
                int slash = remaining.indexOf('/');
                String name = slash < 0 ? remaining : remaining.substring(0, slash);
                remaining = slash < 0 ? "" : remaining.substring(slash + 1);
                if (name.isEmpty() || name.equals(".")) {
                    continue;
                }
                if (name.equals("..")) {
                    if (!path.isEmpty()) {
                        String[] headTail = PathText.split(path);
                        path = headTail[0];
                        if (headTail[1].equals("..")) {
                            path = PathText.join(path, List.of("..", ".."));
                        }
                    } else {
                        path = "..";
                    }
                    continue;
                }
                String next = PathText.join(path, List.of(name));
                TruffleFile file = file(next);
                boolean isLink = file.exists(LinkOption.NOFOLLOW_LINKS) && file.isSymbolicLink();
                if (strict && !file.exists(LinkOption.NOFOLLOW_LINKS)) {
                    throw OsErrors.of(Errno.ENOENT, new PathArgument(next, bytes).value());
                }
                if (!isLink) {
                    path = next;
                    continue;
                }
                if (seen.containsKey(next)) {
                    String resolved = seen.get(next);
                    if (resolved != null) {
                        path = resolved;
                        continue;
                    }
                    if (strict) {
                        throw OsErrors.of(Errno.ELOOP, new PathArgument(next, bytes).value());
                    }
                    return new String[]{PathText.join(next, List.of(remaining)), "loop"};
                }
                seen.put(next, null);
                String target;
                try {
                    target = file.readSymbolicLink().getPath();
                } catch (IOException e) {
                    throw OsErrors.of(e, new PathArgument(next, bytes).value());
                }
                if (bytes) {
                    target = new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                }
                String[] inner = joinResolved(path, target);
                path = inner[0];
                if (!inner[1].isEmpty()) {
                    return new String[]{PathText.join(path, List.of(remaining)), "loop"};
                }
                seen.put(next, path);
            }
            return new String[]{path, ""};
        }

        private TruffleFile file(String path) {
            return new PathArgument(path, bytes).file();
        }
    }
}
