package skein.interpreter.runtime.codecs;

import java.nio.charset.StandardCharsets;

/** ASCII and Latin-1: one byte per character, for the code points below a limit. */
final class RangeCodec implements Codec {

    static final RangeCodec ASCII = new RangeCodec("ascii", 128);
    static final RangeCodec LATIN_1 = new RangeCodec("latin-1", 256);

    private static final Encoding.Writer WRITER = new Encoding.Writer() {
        @Override
        public void writeAscii(ByteSink out, char c) {
            out.write(c);
        }

        @Override
        public boolean writeSurrogate(ByteSink out, int surrogate) {
            return false;
        }

        @Override
        public Encoding.SurrogateEscape surrogateEscape() {
            return Encoding.SurrogateEscape.ESCAPED_PREFIX;
        }
    };

    private final String name;
    private final int limit;
    private final String reason;

    private RangeCodec(String name, int limit) {
        this.name = name;
        this.limit = limit;
        this.reason = "ordinal not in range(" + limit + ")";
    }

    @Override
    public byte[] encode(String text, String errors) {
        if (fits(text)) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        Encoding encoding = new Encoding(name, text, errors, WRITER);
        int[] codePoints = encoding.codePoints;
        int i = 0;
        while (i < codePoints.length) {
            if (codePoints[i] < limit) {
                encoding.out.write(codePoints[i++]);
                continue;
            }
            int end = i + 1;
            while (end < codePoints.length && codePoints[end] >= limit) {
                end++;
            }
            i = encoding.error(i, end, reason);
        }
        return encoding.result();
    }

    @Override
    public Decoded decode(byte[] data, String errors, boolean last) {
        if (limit == 256) {
            return new Decoded(new String(data, StandardCharsets.ISO_8859_1), data.length);
        }
        Decoding decoding = new Decoding(name, data, errors, last, null);
        int i = 0;
        while (i < data.length) {
            if (data[i] >= 0) {
                decoding.out.append((char) data[i++]);
            } else {
                i = decoding.error(i, i + 1, reason);
            }
        }
        return decoding.result();
    }

    private boolean fits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= limit) {
                return false;
            }
        }
        return true;
    }
}
