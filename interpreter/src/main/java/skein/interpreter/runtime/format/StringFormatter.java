package skein.interpreter.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PythonErrors;

/** {@code format(str, spec)}: fill, alignment, width and truncation to the precision. */
public final class StringFormatter {

    private StringFormatter() {
    }

    /** @param typeName the value's type name, for error messages */
    @TruffleBoundary
    public static String format(String s, String spec, String typeName) {
        if (spec.isEmpty()) {
            return s;
        }
        return format(s, FormatSpec.parse(spec, 's', '<', typeName), typeName);
    }

    /** Widths and precisions count characters (code points), not UTF-16 units. */
    @TruffleBoundary
    public static String format(String s, FormatSpec spec, String typeName) {
        if (spec.type() != 's') {
            throw FormatSpec.unknownType(spec.type(), typeName);
        }
        if (spec.sign() == ' ') {
            throw PythonErrors.valueError("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw PythonErrors.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegativeZero()) {
            throw PythonErrors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw PythonErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw PythonErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        String text = s;
        long length = s.codePointCount(0, s.length());
        if (spec.precision() != FormatSpec.UNSET && length > spec.precision()) {
            text = s.substring(0, s.offsetByCodePoints(0, (int) spec.precision()));
            length = spec.precision();
        }
        long padding = spec.width() - length;
        if (padding <= 0) {
            return text;
        }
        long left = switch (spec.align()) {
            case '>' -> padding;
            case '^' -> padding / 2;
            default -> 0;
        };
        StringBuilder out = new StringBuilder();
        Padding.append(out, spec.fill(), left);
        out.append(text);
        Padding.append(out, spec.fill(), padding - left);
        return out.toString();
    }
}
