package skein.conformance.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what Skein printed with what CPython printed, after the normalisations: line by
 * line in order, or as a multiset of lines where a snippet's own synchronisation does not fix
 * the order its threads print in. The result names the first difference.
 */
public final class Comparison {

    /** How a snippet's output is compared (see {@code ManifestRow.Order}). */
    public enum Order { LINES, MULTISET, SAMPLE }

    private Comparison() {
    }

    /** Null when they agree, else a short description of the first differing line. */
    public static String firstDifference(String expected, String actual, Order order) {
        return firstDifference(expected, actual, order, Set.of());
    }

    /** The same, with {@code extra} normalisations besides the general ones. */
    public static String firstDifference(String expected, String actual, Order order, Set<Normalisation> extra) {
        List<String> want = lines(Normalisation.all(expected, extra));
        List<String> got = lines(Normalisation.all(actual, extra));
        return switch (order) {
            case LINES -> inOrder(want, got);
            case MULTISET -> asMultiset(want, got);
            case SAMPLE -> asSample(want, got);
        };
    }

    private static String inOrder(List<String> want, List<String> got) {
        int common = Math.min(want.size(), got.size());
        for (int i = 0; i < common; i++) {
            if (!want.get(i).equals(got.get(i))) {
                return "line " + (i + 1) + ": expected <" + want.get(i) + "> but was <" + got.get(i) + ">";
            }
        }
        if (want.size() > common) {
            return "line " + (common + 1) + ": expected <" + want.get(common) + "> but output ended";
        }
        if (got.size() > common) {
            return "line " + (common + 1) + ": unexpected <" + got.get(common) + ">";
        }
        return null;
    }

    /**
     * As a multiset of lines. Lines two threads print at the same moment can also come out
     * spliced (CPython's {@code print} writes the text and the newline separately), so outputs
     * also agree when one, with its line breaks removed, is the other's lines in some order.
     */
    private static String asMultiset(List<String> want, List<String> got) {
        String exact = exactMultiset(want, got);
        if (exact == null || isConcatenationOf(String.join("", want), got) || isConcatenationOf(String.join("", got), want)) {
            return null;
        }
        return exact;
    }

    /** Whether {@code text} is all of {@code lines} written one after another, in some order. */
    private static boolean isConcatenationOf(String text, List<String> lines) {
        Map<String, Integer> left = new HashMap<>();
        for (String line : lines) {
            if (!line.isEmpty()) {
                left.merge(line, 1, Integer::sum);
            }
        }
        return consumes(text, 0, left);
    }

    private static boolean consumes(String text, int from, Map<String, Integer> left) {
        if (from == text.length()) {
            return left.isEmpty();
        }
        for (String line : List.copyOf(left.keySet())) {
            if (text.startsWith(line, from)) {
                take(left, line);
                if (consumes(text, from + line.length(), left)) {
                    return true;
                }
                left.merge(line, 1, Integer::sum);
            }
        }
        return false;
    }

    /**
     * Of two runs stopped at the same budget, the one that printed fewer lines printed only
     * lines the other printed too (as a multiset). A line of either run may be two lines
     * printed at the same moment and spliced, with the spare line break left as an empty line.
     */
    private static String asSample(List<String> want, List<String> got) {
        boolean cpythonShorter = want.size() <= got.size();
        List<String> shorter = cpythonShorter ? want : got;
        Map<String, Integer> longer = new HashMap<>();
        (cpythonShorter ? got : want).forEach(line -> longer.merge(line, 1, Integer::sum));
        List<String> unmatched = new ArrayList<>();
        int emptyLines = 0;
        for (String line : shorter) {
            if (longer.containsKey(line)) {
                take(longer, line);
            } else if (line.isEmpty()) {
                emptyLines++;
            } else {
                unmatched.add(line);
            }
        }
        int splices = 0;
        Map<String, Integer> pending = new HashMap<>();
        unmatched.forEach(line -> pending.merge(line, 1, Integer::sum));
        for (String line : unmatched) {
            take(pending, line);
            if (longer.containsKey(line)) {
                // What was left of a spliced line once another piece of it was taken.
                take(longer, line);
                continue;
            }
            int pieces = takeSplicedFrom(longer, line);
            if (pieces == 0 && !takeSplicing(longer, line, pending)) {
                return (cpythonShorter ? "missing line <" : "unexpected line <") + line + ">";
            }
            splices += Math.max(1, pieces - 1);
        }
        if (emptyLines > splices) {
            return cpythonShorter ? "missing line <>" : "unexpected line <>";
        }
        return null;
    }

    /**
     * Takes two or more lines of {@code lines} whose concatenation is {@code spliced} (threads
     * printing at the same moment: each spliced line leaves a spare line break), if there are
     * such; returns how many, or 0.
     */
    private static int takeSplicedFrom(Map<String, Integer> lines, String spliced) {
        for (int cut = 1; cut < spliced.length(); cut++) {
            String first = spliced.substring(0, cut);
            if (!lines.containsKey(first)) {
                continue;
            }
            take(lines, first);
            String rest = spliced.substring(cut);
            if (lines.containsKey(rest)) {
                take(lines, rest);
                return 2;
            }
            int pieces = takeSplicedFrom(lines, rest);
            if (pieces > 0) {
                return pieces + 1;
            }
            lines.merge(first, 1, Integer::sum);
        }
        return 0;
    }

    /**
     * Takes a line of {@code lines} that is {@code line} spliced with others, together with an
     * empty line a spare line break left; only while such empty lines remain. What the spliced
     * line holds before and after {@code line} stays, for the other lines it was spliced from.
     * Of the lines that contain {@code line}, the one chosen is, by preference, one whose rest
     * is made of lines still to be matched ({@code pending}), else one that starts or ends with
     * {@code line}, so that a line is not taken for a longer one that merely contains it.
     */
    private static boolean takeSplicing(Map<String, Integer> lines, String line, Map<String, Integer> pending) {
        if (!lines.containsKey("")) {
            return false;
        }
        String chosen = null;
        int chosenAt = -1;
        int chosenRank = -1;
        for (String candidate : new TreeSet<>(lines.keySet())) {
            if (candidate.length() <= line.length()) {
                continue;
            }
            for (int at = candidate.indexOf(line); at >= 0; at = candidate.indexOf(line, at + 1)) {
                String before = candidate.substring(0, at);
                String after = candidate.substring(at + line.length());
                int rank = madeOf(before, pending) && madeOf(after, pending) ? 2
                        : before.isEmpty() || after.isEmpty() ? 1 : 0;
                if (rank > chosenRank) {
                    chosen = candidate;
                    chosenAt = at;
                    chosenRank = rank;
                }
            }
        }
        if (chosen == null) {
            return false;
        }
        take(lines, chosen);
        take(lines, "");
        for (String rest : new String[]{chosen.substring(0, chosenAt), chosen.substring(chosenAt + line.length())}) {
            if (!rest.isEmpty()) {
                lines.merge(rest, 1, Integer::sum);
            }
        }
        return true;
    }

    /** Whether {@code text} is lines of {@code pieces} written one after another (empty text is). */
    private static boolean madeOf(String text, Map<String, Integer> pieces) {
        if (text.isEmpty()) {
            return true;
        }
        for (int cut = 1; cut <= text.length(); cut++) {
            if (pieces.containsKey(text.substring(0, cut)) && madeOf(text.substring(cut), pieces)) {
                return true;
            }
        }
        return false;
    }

    private static void take(Map<String, Integer> counts, String line) {
        int count = counts.get(line);
        if (count == 1) {
            counts.remove(line);
        } else {
            counts.put(line, count - 1);
        }
    }

    private static String exactMultiset(List<String> want, List<String> got) {
        Map<String, Integer> counts = new HashMap<>();
        want.forEach(line -> counts.merge(line, 1, Integer::sum));
        for (String line : got) {
            if (!counts.containsKey(line)) {
                return "unexpected line <" + line + ">";
            }
            take(counts, line);
        }
        if (!counts.isEmpty()) {
            return "missing line <" + counts.keySet().stream().sorted().findFirst().orElseThrow() + ">";
        }
        return null;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
