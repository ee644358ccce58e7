package skein.interpreter.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code find}, {@code rfind}, {@code count}, {@code startswith} and {@code endswith} with their
 * optional start and end arguments, which are resolved as slice bounds are: negative values
 * count from the end, and the range is clamped to the text (a start past the end stays there,
 * which matters for empty needles).
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** The lowest index of {@code needle} within {@code text[start:end]}, or -1. */
    @TruffleBoundary
    public static long find(String text, String needle, long start, long end) {
        CodePointPositions positions = CodePointPositions.of(text);
        Range range = Range.of(start, end, positions.length());
        int needleLength = needle.codePointCount(0, needle.length());
        if (range.end - range.start < needleLength) {
            return -1;
        }
        if (needleLength == 0) {
            return range.start;
        }
        int from = positions.offset(range.start);
        int to = positions.offset(range.end);
        for (int at = text.indexOf(needle, from); at >= 0 && at + needle.length() <= to; at = text.indexOf(needle, at + 1)) {
            if (positions.onBoundaries(at, at + needle.length())) {
                return positions.index(at);
            }
        }
        return -1;
    }

    /** The highest index of {@code needle} within {@code text[start:end]}, or -1. */
    @TruffleBoundary
    public static long rfind(String text, String needle, long start, long end) {
        CodePointPositions positions = CodePointPositions.of(text);
        Range range = Range.of(start, end, positions.length());
        int needleLength = needle.codePointCount(0, needle.length());
        if (range.end - range.start < needleLength) {
            return -1;
        }
        if (needleLength == 0) {
            return range.end;
        }
        int from = positions.offset(range.start);
        int to = positions.offset(range.end);
        for (int at = text.lastIndexOf(needle, to - needle.length()); at >= from; at = text.lastIndexOf(needle, at - 1)) {
            if (positions.onBoundaries(at, at + needle.length())) {
                return positions.index(at);
            }
        }
        return -1;
    }

    /** The number of non-overlapping occurrences of {@code needle} in {@code text[start:end]}. */
    @TruffleBoundary
    public static long count(String text, String needle, long start, long end) {
        CodePointPositions positions = CodePointPositions.of(text);
        Range range = Range.of(start, end, positions.length());
        int needleLength = needle.codePointCount(0, needle.length());
        if (range.end - range.start < needleLength) {
            return 0;
        }
        if (needleLength == 0) {
            return range.end - range.start + 1;
        }
        int from = positions.offset(range.start);
        int to = positions.offset(range.end);
        long count = 0;
        int at = text.indexOf(needle, from);
        while (at >= 0 && at + needle.length() <= to) {
            if (positions.onBoundaries(at, at + needle.length())) {
                count++;
                at = text.indexOf(needle, at + needle.length());
            } else {
                at = text.indexOf(needle, at + 1);
            }
        }
        return count;
    }

    /** Whether {@code text[start:end]} starts with (or, for a suffix, ends with) {@code part}. */
    @TruffleBoundary
    public static boolean matchesAt(String text, String part, long start, long end, boolean suffix) {
        CodePointPositions positions = CodePointPositions.of(text);
        Range range = Range.of(start, end, positions.length());
        int partLength = part.codePointCount(0, part.length());
        long lastStart = range.end - partLength;
        if (lastStart < range.start) {
            return false;
        }
        if (partLength == 0) {
            return true;
        }
        return text.startsWith(part, positions.offset(suffix ? lastStart : range.start));
    }

    /** Start and end after CPython's adjustment: end clamped to [0, length], start to [0, ...). */
    private record Range(long start, long end) {
        static Range of(long start, long end, int length) {
            if (end > length) {
                end = length;
            } else if (end < 0) {
                end = Math.max(end + length, 0);
            }
            if (start < 0) {
                start = Math.max(start + length, 0);
            }
            return new Range(start, end);
        }
    }
}
