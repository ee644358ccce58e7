package skein.conformance.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        List<String> want = lines(Normalisation.all(expected));
        List<String> got = lines(Normalisation.all(actual));
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

    private static String asMultiset(List<String> want, List<String> got) {
        Map<String, Integer> counts = new HashMap<>();
        want.forEach(line -> counts.merge(line, 1, Integer::sum));
        for (String line : got) {
            Integer left = counts.get(line);
            if (left == null) {
                return "unexpected line <" + line + ">";
            }
            if (left == 1) {
                counts.remove(line);
            } else {
                counts.put(line, left - 1);
            }
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
