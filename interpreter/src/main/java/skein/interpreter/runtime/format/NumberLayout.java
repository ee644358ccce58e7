package skein.interpreter.runtime.format;

/**
 * Lays out a formatted number for the format mini-language: sign, prefix ("0x"), the integer
 * digits with thousands separators, the rest (fraction, exponent, '%'), padded to the width by
 * alignment. Zero padding ('0' fill with '=' alignment) extends the digits themselves, so the
 * padding zeros are grouped too: {@code format(1234, '09,') == '0,001,234'}.
 */
final class NumberLayout {

    private NumberLayout() {
    }

    /**
     * @param sign '-', '+', ' ' or 0 for none
     * @param digits the leading run of ASCII digits (may be empty, as for "inf")
     * @param rest what follows the digits; the only part that may hold non-ASCII characters
     * @param separator ',' or '_', or 0 for no grouping
     * @param groupSize digits per group: 3, or 4 for '_' in binary, octal and hex
     */
    static String layout(FormatSpec spec, char sign, String prefix, String digits, String rest,
                         char separator, int groupSize) {
        int signLength = sign == 0 ? 0 : 1;
        int restLength = rest.codePointCount(0, rest.length());
        long minDigitsWidth = 0;
        if (spec.fill() == '0' && spec.align() == '=') {
            minDigitsWidth = spec.width() - signLength - prefix.length() - restLength;
        }
        String body = digits.isEmpty() ? "" : group(digits, separator, groupSize, minDigitsWidth);
        long length = signLength + prefix.length() + body.length() + restLength;
        long padding = Math.max(0, spec.width() - length);
        long left = switch (spec.align()) {
            case '<', '=' -> 0;
            case '^' -> padding / 2;
            default -> padding;
        };
        long right = spec.align() == '=' ? 0 : padding - left;

        Padding.checkLength(length + padding);
        StringBuilder out = new StringBuilder((int) length + 16);
        Padding.append(out, spec.fill(), left);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(prefix);
        if (spec.align() == '=') {
            Padding.append(out, spec.fill(), padding);
        }
        out.append(body).append(rest);
        Padding.append(out, spec.fill(), right);
        return out.toString();
    }

    /**
     * Inserts separators every {@code groupSize} digits from the right, first extending the
     * digits with zeros until the grouped text is at least {@code minWidth} long. The grouped
     * text never starts with a separator.
     */
    private static String group(String digits, char separator, int groupSize, long minWidth) {
        if (separator == 0 && digits.length() >= minWidth) {
            return digits;
        }
        int size = separator == 0 ? Integer.MAX_VALUE : groupSize;
        Padding.checkLength(minWidth + digits.length() * 2L);
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        long widthLeft = minWidth;
        while (true) {
            long groupLength = Math.min(Math.max(Math.max(remaining, widthLeft), 1), size);
            for (long i = 0; i < groupLength; i++) {
                reversed.append(remaining > 0 ? digits.charAt(--remaining) : '0');
            }
            widthLeft -= groupLength;
            if (remaining == 0 && widthLeft <= 0) {
                break;
            }
            reversed.append(separator);
            widthLeft--;
        }
        return reversed.reverse().toString();
    }
}
