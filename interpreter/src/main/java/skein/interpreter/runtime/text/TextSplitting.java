package skein.interpreter.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code split}, {@code rsplit}, {@code splitlines} and the {@code strip} family. */
public final class TextSplitting {

    private TextSplitting() {
    }

    /**
     * {@code text.split(separator, maxsplit)}; a null separator splits on runs of whitespace and
     * drops empty pieces. The caller has rejected an empty separator.
     *
     * @param maxSplits the most splits to make; negative for no limit
     */
    @TruffleBoundary
    public static List<String> split(String text, String separator, long maxSplits, TextKind kind) {
        long limit = maxSplits < 0 ? Long.MAX_VALUE : maxSplits;
        List<String> pieces = new ArrayList<>();
        if (separator == null) {
            int pos = skipSpace(text, 0, kind);
            while (pos < text.length()) {
                if (pieces.size() == limit) {
                    pieces.add(text.substring(pos));
                    return pieces;
                }
                int end = skipNonSpace(text, pos, kind);
                pieces.add(text.substring(pos, end));
                pos = skipSpace(text, end, kind);
            }
            return pieces;
        }
        int pos = 0;
        int at;
        while (pieces.size() < limit && (at = text.indexOf(separator, pos)) >= 0) {
            pieces.add(text.substring(pos, at));
            pos = at + separator.length();
        }
        pieces.add(text.substring(pos));
        return pieces;
    }

    /** {@code text.rsplit(separator, maxsplit)}: splits from the right, pieces in text order. */
    @TruffleBoundary
    public static List<String> rsplit(String text, String separator, long maxSplits, TextKind kind) {
        long limit = maxSplits < 0 ? Long.MAX_VALUE : maxSplits;
        List<String> pieces = new ArrayList<>();
        if (separator == null) {
            int end = skipSpaceBackwards(text, text.length(), kind);
            while (end > 0) {
                if (pieces.size() == limit) {
                    pieces.add(text.substring(0, end));
                    break;
                }
                int start = skipNonSpaceBackwards(text, end, kind);
                pieces.add(text.substring(start, end));
                end = skipSpaceBackwards(text, start, kind);
            }
        } else {
            int end = text.length();
            int at;
            while (pieces.size() < limit && end >= separator.length()
                    && (at = text.lastIndexOf(separator, end - separator.length())) >= 0) {
                pieces.add(text.substring(at + separator.length(), end));
                end = at;
            }
            pieces.add(text.substring(0, end));
        }
        Collections.reverse(pieces);
        return pieces;
    }

    /** {@code text.splitlines(keepends)}. */
    @TruffleBoundary
    public static List<String> splitLines(String text, boolean keepEnds, TextKind kind) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int pos = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (!kind.isLineBreak(c)) {
                pos++;
                continue;
            }
            int lineEnd = pos;
            pos++;
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            lines.add(text.substring(start, keepEnds ? pos : lineEnd));
            start = pos;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * {@code strip}, {@code lstrip} and {@code rstrip}: removes whitespace, or any of the code
     * points in {@code chars} when it is not null.
     */
    @TruffleBoundary
    public static String strip(String text, String chars, boolean left, boolean right, TextKind kind) {
        int start = 0;
        int end = text.length();
        if (left) {
            while (start < end) {
                int c = text.codePointAt(start);
                if (!stripped(c, chars, kind)) {
                    break;
                }
                start += Character.charCount(c);
            }
        }
        if (right) {
            while (end > start) {
                int c = text.codePointBefore(end);
                if (!stripped(c, chars, kind)) {
                    break;
                }
                end -= Character.charCount(c);
            }
        }
        return text.substring(start, end);
    }

    private static boolean stripped(int c, String chars, TextKind kind) {
        return chars == null ? kind.isSpace(c) : chars.indexOf(c) >= 0;
    }

    private static int skipSpace(String text, int pos, TextKind kind) {
        while (pos < text.length()) {
            int c = text.codePointAt(pos);
            if (!kind.isSpace(c)) {
                break;
            }
            pos += Character.charCount(c);
        }
        return pos;
    }

    private static int skipNonSpace(String text, int pos, TextKind kind) {
        while (pos < text.length()) {
            int c = text.codePointAt(pos);
            if (kind.isSpace(c)) {
                break;
            }
            pos += Character.charCount(c);
        }
        return pos;
    }

    private static int skipSpaceBackwards(String text, int end, TextKind kind) {
        while (end > 0) {
            int c = text.codePointBefore(end);
            if (!kind.isSpace(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        return end;
    }

    private static int skipNonSpaceBackwards(String text, int end, TextKind kind) {
        while (end > 0) {
            int c = text.codePointBefore(end);
            if (kind.isSpace(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        return end;
    }
}
