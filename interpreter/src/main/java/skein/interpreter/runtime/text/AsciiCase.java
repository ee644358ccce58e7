package skein.interpreter.runtime.text;

/** Case mapping of bytes: only the ASCII letters change, every other byte stays as it is. */
public final class AsciiCase {

    private AsciiCase() {
    }

    public static byte[] upper(byte[] data) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = toUpper(data[i]);
        }
        return out;
    }

    public static byte[] lower(byte[] data) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = toLower(data[i]);
        }
        return out;
    }

    public static byte[] swapcase(byte[] data) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            byte b = data[i];
            out[i] = isLower(b) ? toUpper(b) : toLower(b);
        }
        return out;
    }

    /** Uppercase after a non-letter, lowercase after a letter. */
    public static byte[] title(byte[] data) {
        byte[] out = new byte[data.length];
        boolean previousCased = false;
        for (int i = 0; i < data.length; i++) {
            byte b = data[i];
            out[i] = previousCased ? toLower(b) : toUpper(b);
            previousCased = isLower(b) || isUpper(b);
        }
        return out;
    }

    public static byte[] capitalize(byte[] data) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = i == 0 ? toUpper(data[i]) : toLower(data[i]);
        }
        return out;
    }

    private static boolean isLower(byte b) {
        return b >= 'a' && b <= 'z';
    }

    private static boolean isUpper(byte b) {
        return b >= 'A' && b <= 'Z';
    }

    private static byte toUpper(byte b) {
        return isLower(b) ? (byte) (b - 32) : b;
    }

    private static byte toLower(byte b) {
        return isUpper(b) ? (byte) (b + 32) : b;
    }
}
