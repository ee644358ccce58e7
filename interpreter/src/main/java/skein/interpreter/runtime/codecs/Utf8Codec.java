package skein.interpreter.runtime.codecs;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8, decoded by hand for CPython's error ranges: an invalid start byte alone, a sequence
 * cut by a bad continuation byte up to that byte, a sequence cut by the end of the data to the
 * end. Overlong forms and encoded surrogates are refused through their second byte.
 */
final class Utf8Codec implements Codec {

    static final Utf8Codec INSTANCE = new Utf8Codec();

    private static final Decoding.SurrogateReader SURROGATES = new Decoding.SurrogateReader() {
        @Override
        public int surrogateAt(byte[] data, int start) {
            if (data.length - start < 3 || (data[start] & 0xf0) != 0xe0 || (data[start + 1] & 0xc0) != 0x80
                    || (data[start + 2] & 0xc0) != 0x80) {
                return -1;
            }
            int c = ((data[start] & 0x0f) << 12) | ((data[start + 1] & 0x3f) << 6) | (data[start + 2] & 0x3f);
            return c >= 0xD800 && c <= 0xDFFF ? c : -1;
        }

        @Override
        public int width() {
            return 3;
        }
    };

    private static final Encoding.Writer WRITER = new Encoding.Writer() {
        @Override
        public void writeAscii(ByteSink out, char c) {
            out.write(c);
        }

        @Override
        public boolean writeSurrogate(ByteSink out, int surrogate) {
            writeCodePoint(out, surrogate);
            return true;
        }

        @Override
        public Encoding.SurrogateEscape surrogateEscape() {
            return Encoding.SurrogateEscape.ESCAPED_PREFIX;
        }
    };

    private static final String NAME = "utf-8";

    private Utf8Codec() {
    }

    @Override
    public byte[] encode(String text, String errors) {
        if (!hasLoneSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        Encoding encoding = new Encoding(NAME, text, errors, WRITER);
        int[] codePoints = encoding.codePoints;
        int i = 0;
        while (i < codePoints.length) {
            int c = codePoints[i];
            if (c >= 0xD800 && c <= 0xDFFF) {
                int end = i + 1;
                while (end < codePoints.length && codePoints[end] >= 0xD800 && codePoints[end] <= 0xDFFF) {
                    end++;
                }
                i = encoding.error(i, end, "surrogates not allowed");
            } else {
                writeCodePoint(encoding.out, c);
                i++;
            }
        }
        return encoding.result();
    }

    @Override
    public Decoded decode(byte[] data, String errors, boolean last) {
        Decoding decoding = new Decoding(NAME, data, errors, last, SURROGATES);
        StringBuilder out = decoding.out;
        int n = data.length;
        int i = 0;
        while (i < n) {
            int b = data[i] & 0xff;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int continuations;
            int secondLow = 0x80;
            int secondHigh = 0xBF;
            if (b < 0xC2 || b > 0xF4) {
                i = decoding.error(i, i + 1, "invalid start byte");
                continue;
            } else if (b < 0xE0) {
                continuations = 1;
            } else if (b < 0xF0) {
                continuations = 2;
                if (b == 0xE0) {
                    secondLow = 0xA0;
                } else if (b == 0xED) {
                    secondHigh = 0x9F;
                }
            } else {
                continuations = 3;
                if (b == 0xF0) {
                    secondLow = 0x90;
                } else if (b == 0xF4) {
                    secondHigh = 0x8F;
                }
            }
            int k = 1;
            boolean bad = false;
            for (; k <= continuations && i + k < n; k++) {
                int c = data[i + k] & 0xff;
                if (c < (k == 1 ? secondLow : 0x80) || c > (k == 1 ? secondHigh : 0xBF)) {
                    bad = true;
                    break;
                }
            }
            if (bad && b == 0xED && n - i == 2 && (data[i + 1] & 0xff) >= 0xA0 && (data[i + 1] & 0xff) <= 0xBF
                    && !decoding.last) {
                // The first two bytes of an encoded surrogate wait, as in CPython, so that
                // surrogatepass can read it whole when a piece cuts it.
                i = decoding.holdBack(i);
            } else if (bad) {
                i = decoding.error(i, i + k, "invalid continuation byte");
            } else if (k <= continuations) {
                i = decoding.endOfData(i, n, "unexpected end of data");
            } else {
                int c = b & (0x7F >> (continuations + 1));
                for (k = 1; k <= continuations; k++) {
                    c = (c << 6) | (data[i + k] & 0x3f);
                }
                out.appendCodePoint(c);
                i += continuations + 1;
            }
        }
        return decoding.result();
    }

    private static void writeCodePoint(ByteSink out, int c) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xC0 | (c >> 6));
            out.write(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.write(0xE0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.write(0xF0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3f));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        }
    }

    /** Whether the text holds a surrogate that is not half of a pair, which Java would encode as '?'. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
