package skein.stdlib.io;

import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code StringIO}'s {@code newline} argument: what a write does to line endings and where a
 * line read ends. None translates {@code \r\n} and {@code \r} to {@code \n} as they are written;
 * {@code ''} keeps them and ends lines at any of the three; {@code \r} and {@code \r\n} replace
 * each written {@code \n} and end lines there; {@code \n} (the default) changes nothing.
 */
enum NewlineMode {
    TRANSLATE("\n"), UNIVERSAL(""), LF("\n"), CR("\r"), CRLF("\r\n");

    /** The line ending reads look for; empty for any. */
    private final String ending;

    NewlineMode(String ending) {
        this.ending = ending;
    }

    /** The mode for a {@code newline} argument, or CPython's TypeError or ValueError. */
    static NewlineMode of(Object newline) {
        if (newline == PNone.NONE) {
            return TRANSLATE;
        }
        if (!(newline instanceof String text)) {
            throw PythonErrors.typeError("newline must be str or None, not " + TypeOf.name(newline));
        }
        return switch (text) {
            case "" -> UNIVERSAL;
            case "\n" -> LF;
            case "\r" -> CR;
            case "\r\n" -> CRLF;
            default -> throw PythonErrors.valueError("illegal newline value: " + Reprs.repr(text));
        };
    }

    /** Whether the {@code newlines} attribute tracks the endings written (None otherwise). */
    boolean tracksEndings() {
        return this == TRANSLATE || this == UNIVERSAL;
    }

    /** The text as stored. */
    String onWrite(String text) {
        return switch (this) {
            case TRANSLATE -> text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
            case CR, CRLF -> text.replace("\n", ending);
            case UNIVERSAL, LF -> text;
        };
    }

    /**
     * Where the line starting at {@code start} ends in {@code text[start, limit)}: the index
     * after its line ending, or {@code limit} when there is none before it.
     */
    int lineEnd(int[] text, int start, int limit) {
        for (int i = start; i < limit; i++) {
            int c = text[i];
            if (this == UNIVERSAL) {
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < limit && text[i + 1] == '\n' ? i + 2 : i + 1;
                }
            } else if (c == ending.charAt(0) && endingAt(text, i, limit)) {
                return i + ending.length();
            }
        }
        return limit;
    }

    private boolean endingAt(int[] text, int at, int limit) {
        if (at + ending.length() > limit) {
            return false;
        }
        for (int k = 1; k < ending.length(); k++) {
            if (text[at + k] != ending.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
