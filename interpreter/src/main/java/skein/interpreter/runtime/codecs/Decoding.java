package skein.interpreter.runtime.codecs;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * One decoding in progress: the text made so far and what the error handler makes of bytes
 * the codec cannot decode.
 */
final class Decoding {

    /** Reads a surrogate code unit a codec encodes, for the surrogatepass handler. */
    interface SurrogateReader {
        /** The surrogate encoded at {@code start}, or -1 when the bytes there are not one. */
        int surrogateAt(byte[] data, int start);

        /** How many bytes one encoded surrogate takes. */
        int width();
    }

    final String encoding;
    final byte[] data;
    final StringBuilder out;
    /** Whether the data ends the input; else a sequence cut short by its end waits for more. */
    final boolean last;
    private final String errors;
    private final SurrogateReader surrogates;
    private int consumed;

    Decoding(String encoding, byte[] data, String errors, boolean last, SurrogateReader surrogates) {
        this.encoding = encoding;
        this.data = data;
        this.errors = errors;
        this.last = last;
        this.surrogates = surrogates;
        this.out = new StringBuilder(data.length);
        this.consumed = data.length;
    }

    /**
     * Bytes {@code [start, end)} begin a sequence that the end of the data cuts short: an error
     * when the data is the last, else they are left for the next piece and decoding stops.
     * Answers the position where decoding goes on.
     */
    int endOfData(int start, int end, String reason) {
        return last ? error(start, end, reason) : holdBack(start);
    }

    /** Stops decoding, leaving the bytes from {@code start} on for the next piece; answers the end. */
    int holdBack(int start) {
        consumed = start;
        return data.length;
    }

    /**
     * Bytes {@code [start, end)} cannot be decoded, for {@code reason}: raises, skips or
     * replaces them as the handler says. Answers the position where decoding goes on.
     */
    int error(int start, int end, String reason) {
        ErrorHandler handler = ErrorHandler.named(errors);
        switch (handler) {
            case STRICT -> throw CodecErrors.decodeError(encoding, data, start, end, reason);
            case IGNORE -> {
                return end;
            }
            case REPLACE -> {
                out.append('\uFFFD');
                return end;
            }
            case BACKSLASHREPLACE -> {
                for (int i = start; i < end; i++) {
                    out.append("\\x").append(Character.forDigit((data[i] >> 4) & 0xf, 16))
                            .append(Character.forDigit(data[i] & 0xf, 16));
                }
                return end;
            }
            case SURROGATEESCAPE -> {
                int i = start;
                // CPython escapes at most four bytes, and only bytes that are not ASCII.
                while (i < end && i < start + 4 && (data[i] & 0xff) >= 0x80) {
                    i++;
                }
                if (i == start) {
                    throw CodecErrors.decodeError(encoding, data, start, end, reason);
                }
                for (int k = start; k < i; k++) {
                    out.append((char) (0xDC00 + (data[k] & 0xff)));
                }
                return i;
            }
            case SURROGATEPASS -> {
                int surrogate = surrogates == null ? -1 : surrogates.surrogateAt(data, start);
                if (surrogate < 0) {
                    throw CodecErrors.decodeError(encoding, data, start, end, reason);
                }
                out.append((char) surrogate);
                return start + surrogates.width();
            }
            default -> throw PythonErrors.typeError("don't know how to handle UnicodeDecodeError in error callback");
        }
    }

    Decoded result() {
        return new Decoded(out.toString(), consumed);
    }
}
