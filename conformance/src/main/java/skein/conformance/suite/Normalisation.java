package skein.conformance.suite;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named rewrites applied to both CPython's and Skein's output before they are compared,
 * each as narrow as it can be: only what legitimately differs between two runs of the same
 * snippet is rewritten, and nothing else.
 */
public enum Normalisation {

    /**
     * Object addresses in default reprs ({@code <Future at 0x7f3a...>}): a new number every run.
     */
    ADDRESSES(text -> Pattern.compile("\\bat 0x[0-9a-fA-F]+").matcher(text).replaceAll("at 0x…")),

    /**
     * Wall-clock times of day ({@code %X}, {@code %H:%M:%S}, also after a
     * {@code %Y-%m-%d} date): each becomes its offset in seconds from the first one in the
     * output ({@code T+0}, {@code T+2}), which keeps the elapsed times a snippet means to show.
     */
    CLOCK_TIMES(Normalisation::relativeClockTimes);

    private static final Pattern CLOCK_TIME =
            Pattern.compile("\\b(?:\\d{4}-\\d{2}-\\d{2} )?([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d)\\b");

    private final UnaryOperator<String> rewrite;

    Normalisation(UnaryOperator<String> rewrite) {
        this.rewrite = rewrite;
    }

    public String apply(String text) {
        return rewrite.apply(text);
    }

    /** Applies every normalisation, in order. */
    public static String all(String text) {
        String result = text;
        for (Normalisation normalisation : values()) {
            result = normalisation.apply(result);
        }
        return result;
    }

    private static String relativeClockTimes(String text) {
        Matcher matcher = CLOCK_TIME.matcher(text);
        StringBuilder out = new StringBuilder();
        Integer first = null;
        while (matcher.find()) {
            int seconds = Integer.parseInt(matcher.group(1)) * 3600 + Integer.parseInt(matcher.group(2)) * 60
                    + Integer.parseInt(matcher.group(3));
            if (first == null) {
                first = seconds;
            }
            int offset = Math.floorMod(seconds - first, 24 * 3600);
            matcher.appendReplacement(out, "T+" + offset);
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
