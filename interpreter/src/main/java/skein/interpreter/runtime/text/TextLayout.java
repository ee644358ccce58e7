package skein.interpreter.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Text built from other text: padding ({@code center}, {@code ljust}, {@code rjust},
 * {@code zfill}), {@code expandtabs}, {@code replace} and repetition. Widths count code points.
 */
public final class TextLayout {

    /** Java strings hold at most about 2^31 UTF-16 units. */
    private static final long MAX_LENGTH = Integer.MAX_VALUE - 16;

    private TextLayout() {
    }

    /** Where {@link #pad} puts the text within the width. */
    public enum Alignment { LEFT, RIGHT, CENTER }

    /** {@code ljust}, {@code rjust} and {@code center}: the text itself when it is wide enough. */
    @TruffleBoundary
    public static String pad(String text, long width, int fill, Alignment alignment) {
        long length = text.codePointCount(0, text.length());
        if (width <= length) {
            return text;
        }
        long margin = width - length;
        long left = switch (alignment) {
            case LEFT -> 0;
            case RIGHT -> margin;
            // CPython puts the odd column on the left when the width is odd.
            case CENTER -> margin / 2 + (margin & width & 1);
        };
        checkLength(text.length() + margin * Character.charCount(fill));
        StringBuilder out = new StringBuilder((int) (text.length() + margin * Character.charCount(fill)));
        out.repeat(fill, (int) left);
        out.append(text);
        out.repeat(fill, (int) (margin - left));
        return out.toString();
    }

    /** {@code zfill}: zeros on the left, after a leading sign. */
    @TruffleBoundary
    public static String zfill(String text, long width) {
        long length = text.codePointCount(0, text.length());
        if (width <= length) {
            return text;
        }
        checkLength(text.length() + width - length);
        StringBuilder out = new StringBuilder((int) (text.length() + width - length));
        int rest = 0;
        if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
            out.append(text.charAt(0));
            rest = 1;
        }
        out.repeat('0', (int) (width - length));
        return out.append(text, rest, text.length()).toString();
    }

    /** {@code expandtabs}: each tab advances to the next multiple of tabsize; line ends reset the column. */
    @TruffleBoundary
    public static String expandTabs(String text, long tabSize) {
        StringBuilder out = new StringBuilder(text.length());
        long column = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabSize > 0) {
                    long spaces = tabSize - column % tabSize;
                    checkLength(out.length() + spaces);
                    out.repeat(' ', (int) spaces);
                    column += spaces;
                }
            } else {
                out.appendCodePoint(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    /**
     * {@code text.replace(old, replacement, count)}: an empty {@code old} matches before every
     * code point and at the end.
     *
     * @param count the most replacements; negative for all
     */
    @TruffleBoundary
    public static String replace(String text, String old, String replacement, long count) {
        long limit = count < 0 ? Long.MAX_VALUE : count;
        if (limit == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        long done = 0;
        if (old.isEmpty()) {
            int i = 0;
            while (i < text.length() && done < limit) {
                out.append(replacement);
                done++;
                int c = text.codePointAt(i);
                out.appendCodePoint(c);
                i += Character.charCount(c);
                checkLength(out.length());
            }
            if (done < limit) {
                out.append(replacement);
            } else {
                out.append(text, i, text.length());
            }
            return out.toString();
        }
        int pos = 0;
        int at;
        while (done < limit && (at = text.indexOf(old, pos)) >= 0) {
            out.append(text, pos, at).append(replacement);
            checkLength(out.length());
            pos = at + old.length();
            done++;
        }
        return out.append(text, pos, text.length()).toString();
    }

    /**
     * {@code text * times}, with CPython's OverflowError when the length cannot be an index and
     * MemoryError (through {@link OutOfMemoryError}) when Java cannot hold the text.
     */
    @TruffleBoundary
    public static String repeat(String text, long times) {
        if (times <= 0 || text.isEmpty()) {
            return "";
        }
        if (times > Long.MAX_VALUE / text.length()) {
            throw PythonErrors.overflowError("repeated string is too long");
        }
        checkLength(text.length() * times);
        return text.repeat((int) times);
    }

    /** Refuses texts longer than a Java string can be; the interpreter turns this into MemoryError. */
    private static void checkLength(long length) {
        if (length > MAX_LENGTH) {
            throw new OutOfMemoryError("text of " + length + " characters");
        }
    }
}
