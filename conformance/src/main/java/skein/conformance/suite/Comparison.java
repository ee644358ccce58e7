package skein.conformance.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what Skein printed with what CPython printed, after the normalisations: line by
 * line in order, or as a multiset of lines where a snippet's own synchronisation does not fix
 * the order its threads print in. The result names the first difference.
 */
public final class Comparison {

    /** How a snippet's output is compared. */
    public enum Order { LINES, MULTISET }

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
        return order == Order.LINES ? inOrder(want, got) : asMultiset(want, got);
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
