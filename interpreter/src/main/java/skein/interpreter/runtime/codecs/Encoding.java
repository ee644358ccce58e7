package skein.interpreter.runtime.codecs;

/**
 * One encoding in progress: the bytes made so far and what the error handler makes of code
 * points the codec cannot encode. Replacement text (such as "?" or "\\xe9") is ASCII, written
 * in the codec's own form.
 */
final class Encoding {

    /** How a codec writes ASCII replacement text and, if it can, a lone surrogate. */
    interface Writer {
        void writeAscii(ByteSink out, char c);

        /** Writes a surrogate for surrogatepass; false when the codec cannot. */
        boolean writeSurrogate(ByteSink out, int surrogate);

        /** How the surrogateescape handler works with this codec. */
        SurrogateEscape surrogateEscape();
    }

    /**
     * What surrogateescape does with a run of unencodable characters: CPython's UTF-8, ASCII and
     * Latin-1 encoders write the escaped bytes before the first other character and report the
     * rest; its generic handler, which the table codecs call, fails on the whole run; raw bytes
     * cannot stand in UTF-16 or UTF-32 at all.
     */
    enum SurrogateEscape { ESCAPED_PREFIX, WHOLE_RUN, REFUSED }

    final String encoding;
    final String text;
    final int[] codePoints;
    final ByteSink out;
    private final String errors;
    private final Writer writer;

    Encoding(String encoding, String text, String errors, Writer writer) {
        this.encoding = encoding;
        this.text = text;
        this.codePoints = text.codePoints().toArray();
        this.errors = errors;
        this.writer = writer;
        this.out = new ByteSink(text.length());
    }

    /**
     * Code points {@code [start, end)} cannot be encoded, for {@code reason}: raises, skips or
     * replaces them as the handler says. Answers the position where encoding goes on.
     */
    int error(int start, int end, String reason) {
        ErrorHandler handler = ErrorHandler.named(errors);
        switch (handler) {
            case STRICT -> throw CodecErrors.encodeError(encoding, text, start, end, reason);
            case IGNORE -> {
            }
            case REPLACE -> {
                for (int i = start; i < end; i++) {
                    writer.writeAscii(out, '?');
                }
            }
            case BACKSLASHREPLACE -> {
                for (int i = start; i < end; i++) {
                    writeAscii(backslashEscape(codePoints[i]));
                }
            }
            case XMLCHARREFREPLACE -> {
                for (int i = start; i < end; i++) {
                    writeAscii("&#" + codePoints[i] + ";");
                }
            }
            case NAMEREPLACE -> {
                for (int i = start; i < end; i++) {
                    String name = CharacterNames.name(codePoints[i]);
                    writeAscii(name == null ? backslashEscape(codePoints[i]) : "\\N{" + name + "}");
                }
            }
            case SURROGATEESCAPE -> {
                SurrogateEscape mode = writer.surrogateEscape();
                if (mode == SurrogateEscape.REFUSED) {
                    throw CodecErrors.encodeError(encoding, text, start, end, reason);
                }
                for (int i = start; i < end; i++) {
                    if (codePoints[i] < 0xDC80 || codePoints[i] > 0xDCFF) {
                        throw CodecErrors.encodeError(encoding, text, mode == SurrogateEscape.WHOLE_RUN ? start : i, end,
                                reason);
                    }
                    if (mode == SurrogateEscape.ESCAPED_PREFIX) {
                        out.write(codePoints[i] - 0xDC00);
                    }
                }
                if (mode == SurrogateEscape.WHOLE_RUN) {
                    for (int i = start; i < end; i++) {
                        out.write(codePoints[i] - 0xDC00);
                    }
                }
            }
            case SURROGATEPASS -> {
                for (int i = start; i < end; i++) {
                    if (codePoints[i] > 0xFFFF || !Character.isSurrogate((char) codePoints[i])
                            || !writer.writeSurrogate(out, codePoints[i])) {
                        throw CodecErrors.encodeError(encoding, text, start, end, reason);
                    }
                }
            }
        }
        return end;
    }

    private void writeAscii(String replacement) {
        for (int i = 0; i < replacement.length(); i++) {
            writer.writeAscii(out, replacement.charAt(i));
        }
    }

    /** {@code \xe9}, {@code \u20ac} or {@code \U0001f600}: the shortest escape that holds c. */
    static String backslashEscape(int c) {
        if (c <= 0xff) {
            return String.format("\\x%02x", c);
        } else if (c <= 0xffff) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }

    byte[] result() {
        return out.toArray();
    }
}
