package skein.interpreter.builtins.types;

import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PBytes;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.io.ByteArrayOutputStream;

/** {@code bytes.hex()} and {@code bytes.fromhex()}, shared by bytes and bytearray. */
final class BytesHex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private BytesHex() {
    }

    /**
     * Two hex digits per byte; with a separator, one between groups of {@code bytes_per_sep}
     * bytes counted from the right, or from the left when it is negative.
     */
    static String hex(byte[] data, Object sepArg, Object groupArg) {
        char separator = 0;
        if (sepArg != Missing.INSTANCE) {
            if (Containers.length(sepArg) != 1) {
                throw PythonErrors.valueError("sep must be length 1.");
            }
            String sep = StrMethods.stringOrNull(sepArg);
            if (sep == null && !(sepArg instanceof PBytes)) {
                throw PythonErrors.typeError("sep must be str or bytes.");
            }
            char c = sep != null ? sep.charAt(0) : (char) (((PBytes) sepArg).get(0));
            if (c >= 128) {
                throw PythonErrors.valueError("sep must be ASCII.");
            }
            separator = c;
        }
        long group = SequenceArguments.size(groupArg);
        StringBuilder out = new StringBuilder(data.length * 3);
        long width = Math.abs(group);
        for (int i = 0; i < data.length; i++) {
            if (separator != 0 && width > 0 && i > 0) {
                long position = group > 0 ? data.length - i : i;
                if (position % width == 0) {
                    out.append(separator);
                }
            }
            out.append(DIGITS[(data[i] >> 4) & 0xf]).append(DIGITS[data[i] & 0xf]);
        }
        return out.toString();
    }

    /** Pairs of hex digits, whitespace allowed between pairs; ValueError at the first bad character. */
    static byte[] fromHex(Object arg) {
        String text = StrMethods.stringOrNull(arg);
        if (text == null) {
            throw PythonErrors.typeError("fromhex() argument must be str, not " + TypeOf.name(arg));
        }
        int[] chars = text.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(chars.length / 2);
        int i = 0;
        while (i < chars.length) {
            if (isSpace(chars[i])) {
                i++;
                continue;
            }
            int high = digit(chars, i);
            int low = digit(chars, i + 1);
            out.write((high << 4) | low);
            i += 2;
        }
        return out.toByteArray();
    }

    private static int digit(int[] chars, int at) {
        int value = at < chars.length && chars[at] < 128 ? Character.digit(chars[at], 16) : -1;
        if (value < 0) {
            throw PythonErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
        }
        return value;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
