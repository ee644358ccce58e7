package skein.interpreter.parser;

/**
 * What CPython's UTF-8 decoder says about bytes that are not UTF-8: which bytes it blames
 * (the maximal invalid prefix of a sequence) and why ("invalid start byte", "invalid
 * continuation byte", "unexpected end of data").
 */
final class Utf8Problem {

    private Utf8Problem() {
    }

    /** The length of the valid UTF-8 sequence at {@code i} (ending before {@code end}), or 0. */
    static int validSequenceLength(byte[] bytes, int i, int end) {
        int first = bytes[i] & 0xff;
        if (first < 0x80) {
            return 1;
        }
        int length = expectedLength(first);
        if (length == 0 || i + length > end) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if (!isContinuation(first, k, bytes[i + k] & 0xff)) {
                return 0;
            }
        }
        return length;
    }

    /**
     * The first undecodable sequence in bytes[from, to) as CPython's decoder blames it: its
     * start and end relative to {@code from}, and the reason.
     */
    record Problem(int start, int end, String reason) {

        /** As CPython words it: "byte 0xff in position 3: invalid start byte". */
        String describe(byte[] bytes, int from) {
            if (end - start == 1) {
                return String.format("byte 0x%02x in position %d: %s", bytes[from + start] & 0xff, start, reason);
            }
            return String.format("bytes in position %d-%d: %s", start, end - 1, reason);
        }
    }

    static Problem locate(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int length = validSequenceLength(bytes, i, to);
            if (length == 0) {
                break;
            }
            i += length;
        }
        int first = bytes[i] & 0xff;
        int expected = expectedLength(first);
        int end = i + 1;
        String reason;
        if (expected == 0) {
            reason = "invalid start byte";
        } else {
            int k = 1;
            while (k < expected && i + k < to && isContinuation(first, k, bytes[i + k] & 0xff)) {
                k++;
            }
            end = i + k;
            reason = i + k >= to && k < expected ? "unexpected end of data" : "invalid continuation byte";
        }
        return new Problem(i - from, end - from, reason);
    }

    /** {@link #locate} as CPython words it, e.g. "byte 0xff in position 3: invalid start byte". */
    static String describe(byte[] bytes, int from, int to) {
        return locate(bytes, from, to).describe(bytes, from);
    }

    /** How many bytes a sequence starting with {@code first} has, or 0 for a byte that cannot start one. */
    private static int expectedLength(int first) {
        if (first >= 0xc2 && first <= 0xdf) {
            return 2;
        }
        if (first >= 0xe0 && first <= 0xef) {
            return 3;
        }
        if (first >= 0xf0 && first <= 0xf4) {
            return 4;
        }
        return 0;
    }

    /** Whether {@code b} may be byte {@code index} of a sequence starting with {@code first}. */
    private static boolean isContinuation(int first, int index, int b) {
        if (index == 1) {
            switch (first) {
                case 0xe0 -> {
                    return b >= 0xa0 && b <= 0xbf;
                }
                case 0xed -> {
                    return b >= 0x80 && b <= 0x9f;
                }
                case 0xf0 -> {
                    return b >= 0x90 && b <= 0xbf;
                }
                case 0xf4 -> {
                    return b >= 0x80 && b <= 0x8f;
                }
                default -> { }
            }
        }
        return b >= 0x80 && b <= 0xbf;
    }
}
