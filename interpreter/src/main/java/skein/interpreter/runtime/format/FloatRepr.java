package skein.interpreter.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** CPython's {@code repr(float)}, which is also {@code str(float)}. */
public final class FloatRepr {

    private FloatRepr() {
    }

    /**
     * The shortest digits that read back as x, in positional form for decimal exponents -4 to
     * 15 ("0.0001", "123.0") and exponent form otherwise ("1e-05", "1e+16"); "inf", "-inf",
     * "nan", "-0.0".
     */
    @TruffleBoundary
    public static String repr(double x) {
        return FloatToText.convert(x, 'r', 0, FloatToText.ADD_DOT_0);
    }
}
