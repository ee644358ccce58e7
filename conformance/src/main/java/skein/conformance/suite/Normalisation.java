package skein.conformance.suite;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    CLOCK_TIMES(Normalisation::relativeClockTimes),

    /**
     * Elapsed times a snippet measured and printed with their unit
     * ({@code in 3.0104618072509766 seconds}, {@code 2.01s}, {@code 1.5 秒}): each figure with a
     * fraction becomes {@code <t>}. Whole numbers stay, since those are durations written in the
     * snippet ({@code Scheduled for 2 seconds}), not measured.
     */
    ELAPSED_SECONDS(text -> Pattern.compile("\\b\\d+\\.\\d+(?:e-\\d+)?(?=\\s?(?:seconds?\\b|secs?\\b|s\\b|秒))")
            .matcher(text).replaceAll("<t>")),

    /**
     * For a snippet that prints values of an unseeded {@code random} (listed in
     * {@code snippet-normalisations.txt}): each distinct number becomes {@code <n1>}, {@code <n2>}...
     * in order of first appearance, which keeps where the same value shows up again.
     */
    RANDOM_NUMBERS(Normalisation::numberedNumbers, false),

    /**
     * For a snippet whose lines end with a figure of shared state that the thread schedule
     * decides ({@code Consumed 4, buffer size: 3}: listed in {@code snippet-normalisations.txt}):
     * the number ending each line becomes {@code <n>}, so what the lines say happened is still
     * compared but not the state each thread happened to see.
     */
    TRAILING_FIGURES(text -> Pattern.compile("(?m)\\b\\d+$").matcher(text).replaceAll("<n>"), false);

    private static final Pattern CLOCK_TIME =
            Pattern.compile("\\b(?:\\d{4}-\\d{2}-\\d{2} )?([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d)\\b");

    private final UnaryOperator<String> rewrite;
    /** Whether it applies to every snippet, or only to those that name it. */
    private final boolean general;

    Normalisation(UnaryOperator<String> rewrite) {
        this(rewrite, true);
    }

    Normalisation(UnaryOperator<String> rewrite, boolean general) {
        this.rewrite = rewrite;
        this.general = general;
    }

    public String apply(String text) {
        return rewrite.apply(text);
    }

    /** Applies every general normalisation, then {@code extra}, in order. */
    public static String all(String text, Set<Normalisation> extra) {
        String result = text;
        for (Normalisation normalisation : values()) {
            if (normalisation.general || extra.contains(normalisation)) {
                result = normalisation.apply(result);
            }
        }
        return result;
    }

    /** The normalisation named {@code name} as the lists write it ({@code random-numbers}). */
    public static Normalisation named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String numberedNumbers(String text) {
        Matcher matcher = Pattern.compile("\\d+").matcher(text);
        Map<String, Integer> seen = new HashMap<>();
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int number = seen.computeIfAbsent(matcher.group(), n -> seen.size() + 1);
            matcher.appendReplacement(out, "<n" + number + ">");
        }
        matcher.appendTail(out);
        return out.toString();
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
