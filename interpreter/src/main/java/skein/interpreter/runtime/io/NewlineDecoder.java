package skein.interpreter.runtime.io;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.codecs.StreamDecoder;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoder a text file reads through: its encoding's stream decoder and, for universal
 * newlines (newline None or ''), CPython's incremental newline decoder around it. That one
 * holds back a '\r' at the end of a piece until it knows whether '\n' follows, notes which
 * line endings it saw, and with newline None translates them all to '\n'. Its state number is
 * the inner decoder's, doubled, plus one while a '\r' is held back, as CPython's; tell()
 * cookies carry it. Without universal newlines the text passes through untouched.
 */
final class NewlineDecoder {

    private static final int LF = 1;
    private static final int CR = 2;
    private static final int CRLF = 4;

    private final StreamDecoder decoder;
    private final boolean universal;
    private final boolean translate;
    private boolean pendingCr;
    private int seen;

    NewlineDecoder(StreamDecoder decoder, boolean universal, boolean translate) {
        this.decoder = decoder;
        this.universal = universal;
        this.translate = translate;
    }

    String decode(byte[] input, boolean last) {
        String output = decoder.decode(input, last);
        if (!universal) {
            return output;
        }
        if (pendingCr && (last || !output.isEmpty())) {
            output = "\r" + output;
            pendingCr = false;
        }
        if (!last && output.endsWith("\r")) {
            output = output.substring(0, output.length() - 1);
            pendingCr = true;
        }
        return noteNewlines(output);
    }

    private String noteNewlines(String output) {
        boolean sawCr = false;
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '\n') {
                seen |= LF;
            } else if (c == '\r') {
                if (i + 1 < output.length() && output.charAt(i + 1) == '\n') {
                    seen |= CRLF;
                    i++;
                } else {
                    seen |= CR;
                }
                sawCr = true;
            }
        }
        return translate && sawCr ? output.replace("\r\n", "\n").replace('\r', '\n') : output;
    }

    /** The bytes the inner decoder holds back. */
    byte[] waiting() {
        return decoder.waiting();
    }

    int flags() {
        return universal ? decoder.flags() << 1 | (pendingCr ? 1 : 0) : decoder.flags();
    }

    /** CPython's {@code setstate((waiting, flags))}. */
    void setState(byte[] waiting, int flags) {
        if (universal) {
            pendingCr = (flags & 1) != 0;
            decoder.setState(waiting, flags >> 1);
        } else {
            decoder.setState(waiting, flags);
        }
    }

    void reset() {
        seen = 0;
        pendingCr = false;
        decoder.reset();
    }

    /** {@code newlines}: the line endings seen so far, None when none or without universal newlines. */
    Object newlines() {
        String[] kinds = {"\r", "\n", "\r\n"};
        int[] bits = {CR, LF, CRLF};
        List<Object> found = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            if ((seen & bits[i]) != 0) {
                found.add(kinds[i]);
            }
        }
        return switch (found.size()) {
            case 0 -> PNone.NONE;
            case 1 -> found.get(0);
            default -> new PTuple(SkeinLanguage.types().tupleType, found.toArray());
        };
    }
}
