package skein.interpreter.runtime.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite double's magnitude: value = 0.DIGITS × 10^decimalPoint, with
 * no trailing zeros in the digits; zero is ("0", 1). Rounding is half-even on the exact binary
 * value, as CPython's dtoa does.
 */
record FloatDigits(String digits, int decimalPoint) {

    static final FloatDigits ZERO = new FloatDigits("0", 1);

    /** The shortest digits that read back as x; among several, the closest to x (repr's digits). */
    static FloatDigits shortest(double x) {
        double magnitude = Math.abs(x);
        if (magnitude == 0) {
            return ZERO;
        }
        FloatDigits java = fromJavaText(Double.toString(magnitude));
        // Java's shortest form has at least two digits when a closer two-digit decimal exists.
        if (java.digits.length() == 2) {
            FloatDigits single = closestSingleDigit(magnitude, java);
            if (single != null) {
                return single;
            }
        }
        return java;
    }

    /** x rounded to {@code count} significant digits. */
    static FloatDigits significant(double x, int count) {
        BigDecimal exact = new BigDecimal(Math.abs(x));
        if (exact.signum() == 0) {
            return ZERO;
        }
        if (exact.precision() > count) {
            exact = exact.round(new MathContext(count, RoundingMode.HALF_EVEN));
        }
        return of(exact);
    }

    /** x rounded to {@code decimals} digits after the point; negative counts round left of it. */
    static FloatDigits fixed(double x, int decimals) {
        BigDecimal exact = new BigDecimal(Math.abs(x));
        if (exact.scale() > decimals) {
            exact = exact.setScale(decimals, RoundingMode.HALF_EVEN);
        }
        return of(exact);
    }

    /** The double nearest to these digits. */
    double toDouble() {
        return Double.parseDouble("0." + digits + "E" + decimalPoint);
    }

    private static FloatDigits of(BigDecimal value) {
        if (value.signum() == 0) {
            return ZERO;
        }
        String unscaled = value.unscaledValue().toString();
        int end = unscaled.length();
        while (unscaled.charAt(end - 1) == '0') {
            end--;
        }
        return new FloatDigits(unscaled.substring(0, end), unscaled.length() - value.scale());
    }

    /** Reads {@code Double.toString} output of a positive value: "123.45" or "1.2345E-7". */
    private static FloatDigits fromJavaText(String text) {
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
        int point = mantissa.indexOf('.');
        String all = mantissa.substring(0, point) + mantissa.substring(point + 1);
        int decimalPoint = point + exponent;
        int first = 0;
        while (all.charAt(first) == '0') {
            first++;
            decimalPoint--;
        }
        int end = all.length();
        while (all.charAt(end - 1) == '0') {
            end--;
        }
        return new FloatDigits(all.substring(first, end), decimalPoint);
    }

    /** The one-digit decimal next to a two-digit one that reads back as x, the closer if both do. */
    private static FloatDigits closestSingleDigit(double x, FloatDigits twoDigits) {
        int lead = twoDigits.digits.charAt(0) - '0';
        FloatDigits down = new FloatDigits(String.valueOf(lead), twoDigits.decimalPoint);
        FloatDigits up = lead == 9
                ? new FloatDigits("1", twoDigits.decimalPoint + 1)
                : new FloatDigits(String.valueOf(lead + 1), twoDigits.decimalPoint);
        boolean downReadsBack = down.toDouble() == x;
        boolean upReadsBack = up.toDouble() == x;
        if (downReadsBack && upReadsBack) {
            BigDecimal exact = new BigDecimal(x);
            int comparison = exact.subtract(down.toBigDecimal()).compareTo(up.toBigDecimal().subtract(exact));
            return comparison < 0 || (comparison == 0 && lead % 2 == 0) ? down : up;
        }
        return downReadsBack ? down : upReadsBack ? up : null;
    }

    private BigDecimal toBigDecimal() {
        return new BigDecimal("0." + digits + "E" + decimalPoint);
    }
}
