package skein.interpreter.runtime.codecs;

/**
 * {@code unicode_escape} and {@code raw_unicode_escape}: text as Latin-1 bytes with Python's
 * backslash escapes for the rest. The raw form escapes only characters above U+00FF and reads
 * only {@code \\u} and {@code \\U} escapes, after an odd number of backslashes.
 */
final class EscapeCodec implements Codec {

    static final EscapeCodec UNICODE_ESCAPE = new EscapeCodec(false);
    static final EscapeCodec RAW_UNICODE_ESCAPE = new EscapeCodec(true);

    private final boolean raw;
    private final String name;

    private EscapeCodec(boolean raw) {
        this.raw = raw;
        this.name = raw ? "rawunicodeescape" : "unicodeescape";
    }

    /** Never fails: whatever cannot be a byte becomes an escape. */
    @Override
    public byte[] encode(String text, String errors) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (raw ? c < 0x100 : c >= ' ' && c < 0x7f && c != '\\') {
                out.append((char) c);
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(raw && c < 0x10000 ? String.format("\\u%04x", c) : Encoding.backslashEscape(c));
            }
        });
        byte[] bytes = new byte[out.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) out.charAt(i);
        }
        return bytes;
    }

    @Override
    public Decoded decode(byte[] data, String errors, boolean last) {
        Decoding decoding = new Decoding(name, data, errors, last, null);
        return raw ? decodeRaw(decoding) : decodeEscapes(decoding);
    }

    private static Decoded decodeEscapes(Decoding decoding) {
        byte[] data = decoding.data;
        StringBuilder out = decoding.out;
        int n = data.length;
        int i = 0;
        while (i < n) {
            int b = data[i] & 0xff;
            if (b != '\\') {
                out.append((char) b);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                i = decoding.endOfData(start, n, "\\ at end of string");
                continue;
            }
            int c = data[i + 1] & 0xff;
            i += 2;
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append((char) c);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++) {
                        value = value * 8 + (data[i++] - '0');
                    }
                    out.append((char) value);
                }
                case 'x' -> i = hexEscape(decoding, start, i, 2, "truncated \\xXX escape", "illegal Unicode character");
                case 'u' -> i = hexEscape(decoding, start, i, 4, "truncated \\uXXXX escape", "illegal Unicode character");
                case 'U' -> i = hexEscape(decoding, start, i, 8, "truncated \\UXXXXXXXX escape",
                        "illegal Unicode character");
                case 'N' -> i = namedEscape(decoding, start, i);
                default -> out.append('\\').append((char) c);
            }
        }
        return decoding.result();
    }

    private static Decoded decodeRaw(Decoding decoding) {
        byte[] data = decoding.data;
        StringBuilder out = decoding.out;
        int n = data.length;
        int i = 0;
        while (i < n) {
            int b = data[i] & 0xff;
            if (b != '\\') {
                out.append((char) b);
                i++;
                continue;
            }
            int backslashes = 0;
            while (i < n && data[i] == '\\') {
                backslashes++;
                i++;
            }
            boolean escape = backslashes % 2 == 1 && i < n && (data[i] == 'u' || data[i] == 'U');
            // An odd run cut by the end of a piece may yet start an escape: its last backslash waits.
            boolean waits = backslashes % 2 == 1 && i == n && !decoding.last;
            out.repeat('\\', escape || waits ? backslashes - 1 : backslashes);
            if (waits) {
                i = decoding.holdBack(n - 1);
            } else if (escape) {
                int start = i - 1;
                int digits = data[i] == 'u' ? 4 : 8;
                String truncated = digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                i = hexEscape(decoding, start, i + 1, digits, truncated, "\\Uxxxxxxxx out of range");
            }
        }
        return decoding.result();
    }

    /** Reads the hex digits of an escape starting at {@code start}; answers where decoding goes on. */
    private static int hexEscape(Decoding decoding, int start, int at, int digits, String truncated, String outOfRange) {
        byte[] data = decoding.data;
        long value = 0;
        int i = at;
        for (int k = 0; k < digits; k++, i++) {
            if (i >= data.length) {
                return decoding.endOfData(start, i, truncated);
            }
            int digit = Character.digit(data[i] & 0xff, 16);
            if (digit < 0) {
                return decoding.error(start, i, truncated);
            }
            value = value * 16 + digit;
        }
        if (value > Character.MAX_CODE_POINT) {
            return decoding.error(start, i, outOfRange);
        }
        decoding.out.appendCodePoint((int) value);
        return i;
    }

    /** Reads {@code \N{name}}; answers where decoding goes on. */
    private static int namedEscape(Decoding decoding, int start, int at) {
        byte[] data = decoding.data;
        if (at >= data.length) {
            return decoding.endOfData(start, at, "malformed \\N character escape");
        }
        if (data[at] != '{') {
            return decoding.error(start, at, "malformed \\N character escape");
        }
        int close = at + 1;
        while (close < data.length && data[close] != '}') {
            close++;
        }
        if (close >= data.length) {
            return decoding.endOfData(start, data.length, "malformed \\N character escape");
        }
        if (close == at + 1) {
            return decoding.error(start, close, "malformed \\N character escape");
        }
        StringBuilder name = new StringBuilder();
        for (int k = at + 1; k < close; k++) {
            name.append((char) (data[k] & 0xff));
        }
        int c = CharacterNames.codePointOf(name.toString());
        if (c < 0) {
            return decoding.error(start, close + 1, "unknown Unicode character name");
        }
        decoding.out.appendCodePoint(c);
        return close + 1;
    }
}
