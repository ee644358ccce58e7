package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.lang.ref.WeakReference;

/**
 * Python {@code str} semantics over Java strings: Python counts code points where Java counts
 * UTF-16 units, so lengths, indices and ordering go through here. Strings without surrogates
 * (nearly all) take the direct path.
 */
public final class StrOps {

    /** Shorter strings are measured each time; it costs less than the cache. */
    private static final int MEASURED_ALWAYS = 64;

    /**
     * The last few long strings measured on each thread, with their lengths in code points.
     * Counting code points takes a pass over the string, and a loop that indexes strings or
     * calls len() on them asks about the same ones again and again: without this,
     * {@code s[i]} in a loop would be quadratic.
     */
    private static final class RecentLengths {
        private static final int SIZE = 4;
        private final WeakReference<?>[] texts = new WeakReference<?>[SIZE];
        private final int[] lengths = new int[SIZE];
        private int next;

        int lengthOf(String s) {
            for (int i = 0; i < SIZE; i++) {
                if (texts[i] != null && texts[i].get() == s) {
                    return lengths[i];
                }
            }
            int length = s.codePointCount(0, s.length());
            texts[next] = new WeakReference<>(s);
            lengths[next] = length;
            next = (next + 1) % SIZE;
            return length;
        }
    }

    private static final ThreadLocal<RecentLengths> RECENT_LENGTHS = ThreadLocal.withInitial(RecentLengths::new);

    private StrOps() {
    }

    /** {@code len(s)}. */
    @TruffleBoundary
    public static int length(String s) {
        if (s.length() < MEASURED_ALWAYS) {
            return s.codePointCount(0, s.length());
        }
        return RECENT_LENGTHS.get().lengthOf(s);
    }

    /** Whether every character is one UTF-16 unit, so that Python and Java indices agree. */
    public static boolean isSimple(String s) {
        return length(s) == s.length();
    }

    /** The UTF-16 offset of code point {@code index} (0 <= index <= length). */
    @TruffleBoundary
    public static int offsetOf(String s, int index) {
        return isSimple(s) ? index : s.offsetByCodePoints(0, index);
    }

    /** {@code s[index]} for 0 <= index < length. */
    @TruffleBoundary
    public static String charAt(String s, int index) {
        if (isSimple(s)) {
            return String.valueOf(s.charAt(index));
        }
        int offset = s.offsetByCodePoints(0, index);
        return new String(Character.toChars(s.codePointAt(offset)));
    }

    /** {@code s[start:stop]} for code point bounds already clamped to [0, length]. */
    @TruffleBoundary
    public static String substring(String s, int start, int stop) {
        if (stop <= start) {
            return "";
        }
        if (isSimple(s)) {
            return s.substring(start, stop);
        }
        int from = s.offsetByCodePoints(0, start);
        int to = s.offsetByCodePoints(from, stop - start);
        return s.substring(from, to);
    }

    /** The code points of {@code s}. */
    @TruffleBoundary
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    /** Ordering by code point, as Python orders strings. */
    @TruffleBoundary
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    public static String fromCodePoint(int codePoint) {
        return new String(Character.toChars(codePoint));
    }
}
