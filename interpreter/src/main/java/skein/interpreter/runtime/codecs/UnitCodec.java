package skein.interpreter.runtime.codecs;

/**
 * UTF-16 and UTF-32: fixed-size code units in a byte order. The plain "utf-16" and "utf-32"
 * write a byte order mark (little-endian, as CPython does on the machines Skein runs on) and
 * read one if present, little-endian when absent; their errors then name the order used.
 */
final class UnitCodec implements Codec {

    /** Which of the two codecs, and whether its byte order is fixed. */
    enum Form { LITTLE, BIG, MARKED }

    private final int width;
    private final Form form;
    private final String name;

    UnitCodec(int width, Form form) {
        this.width = width;
        this.form = form;
        String base = width == 2 ? "utf-16" : "utf-32";
        this.name = switch (form) {
            case LITTLE -> base + "-le";
            case BIG -> base + "-be";
            case MARKED -> base;
        };
    }

    @Override
    public byte[] encode(String text, String errors) {
        boolean big = form == Form.BIG;
        Encoding encoding = new Encoding(name, text, errors, writer(big));
        ByteSink out = encoding.out;
        if (form == Form.MARKED) {
            writeUnit(out, 0xFEFF, false);
        }
        int[] codePoints = encoding.codePoints;
        int i = 0;
        while (i < codePoints.length) {
            int c = codePoints[i];
            if (c >= 0xD800 && c <= 0xDFFF) {
                i = encoding.error(i, i + 1, "surrogates not allowed");
                continue;
            }
            if (width == 4 || c < 0x10000) {
                writeUnit(out, c, big);
            } else {
                writeUnit(out, Character.highSurrogate(c), big);
                writeUnit(out, Character.lowSurrogate(c), big);
            }
            i++;
        }
        return encoding.result();
    }

    @Override
    public Decoded decode(byte[] data, String errors, boolean last) {
        boolean big = form == Form.BIG;
        int start = 0;
        if (form == Form.MARKED && data.length >= width) {
            if (readUnit(data, 0, false) == 0xFEFF) {
                start = width;
            } else if (readUnit(data, 0, true) == 0xFEFF) {
                big = true;
                start = width;
            }
        }
        String orderedName = form != Form.MARKED ? name : name + (big ? "-be" : "-le");
        Decoding decoding = new Decoding(orderedName, data, errors, last, surrogateReader(big));
        return width == 2 ? decode16(decoding, start, big) : decode32(decoding, start, big);
    }

    private static Decoded decode16(Decoding decoding, int start, boolean big) {
        byte[] data = decoding.data;
        StringBuilder out = decoding.out;
        int n = data.length;
        int i = start;
        while (i < n) {
            if (n - i < 2) {
                i = decoding.endOfData(i, n, "truncated data");
                continue;
            }
            int unit = (int) readUnit(data, i, big, 2);
            if (unit < 0xD800 || unit > 0xDFFF) {
                out.append((char) unit);
                i += 2;
            } else if (unit >= 0xDC00) {
                i = decoding.error(i, i + 2, "illegal encoding");
            } else if (n - i < 4) {
                i = decoding.endOfData(i, n, "unexpected end of data");
            } else {
                int low = (int) readUnit(data, i + 2, big, 2);
                if (low < 0xDC00 || low > 0xDFFF) {
                    i = decoding.error(i, i + 2, "illegal UTF-16 surrogate");
                } else {
                    out.append((char) unit).append((char) low);
                    i += 4;
                }
            }
        }
        return decoding.result();
    }

    private static Decoded decode32(Decoding decoding, int start, boolean big) {
        byte[] data = decoding.data;
        StringBuilder out = decoding.out;
        int n = data.length;
        int i = start;
        while (i < n) {
            if (n - i < 4) {
                i = decoding.endOfData(i, n, "truncated data");
                continue;
            }
            long c = readUnit(data, i, big, 4);
            if (c > 0x10FFFF) {
                i = decoding.error(i, i + 4, "code point not in range(0x110000)");
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                i = decoding.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
            } else {
                out.appendCodePoint((int) c);
                i += 4;
            }
        }
        return decoding.result();
    }

    /**
     * The plain form's streams start with a byte order mark, little- or big-endian, and the
     * codec of that order reads the rest; a stream without one is refused once read, as CPython
     * refuses it.
     */
    @Override
    public StreamStart streamStart() {
        if (form != Form.MARKED) {
            return null;
        }
        byte[] little = new byte[width];
        byte[] big = new byte[width];
        for (int k = 0; k < width; k++) {
            little[k] = (byte) (0xFEFF >>> (8 * k));
            big[width - 1 - k] = little[k];
        }
        String missing = (width == 2 ? "UTF-16" : "UTF-32") + " stream does not start with BOM";
        return new StreamStart(new byte[][] {little, big},
                new Codec[] {new UnitCodec(width, Form.LITTLE), new UnitCodec(width, Form.BIG)}, missing, false);
    }

    private long readUnit(byte[] data, int at, boolean big) {
        return readUnit(data, at, big, width);
    }

    private static long readUnit(byte[] data, int at, boolean big, int width) {
        long value = 0;
        for (int k = 0; k < width; k++) {
            int b = data[at + (big ? k : width - 1 - k)] & 0xff;
            value = (value << 8) | b;
        }
        return value;
    }

    private void writeUnit(ByteSink out, int unit, boolean big) {
        for (int k = 0; k < width; k++) {
            int shift = 8 * (big ? width - 1 - k : k);
            out.write((unit >>> shift) & 0xff);
        }
    }

    private Encoding.Writer writer(boolean big) {
        return new Encoding.Writer() {
            @Override
            public void writeAscii(ByteSink out, char c) {
                writeUnit(out, c, big);
            }

            @Override
            public boolean writeSurrogate(ByteSink out, int surrogate) {
                writeUnit(out, surrogate, big);
                return true;
            }

            @Override
            public Encoding.SurrogateEscape surrogateEscape() {
                return Encoding.SurrogateEscape.REFUSED;
            }
        };
    }

    private Decoding.SurrogateReader surrogateReader(boolean big) {
        return new Decoding.SurrogateReader() {
            @Override
            public int surrogateAt(byte[] data, int start) {
                if (data.length - start < width) {
                    return -1;
                }
                long unit = readUnit(data, start, big);
                return unit >= 0xD800 && unit <= 0xDFFF ? (int) unit : -1;
            }

            @Override
            public int width() {
                return width;
            }
        };
    }
}
