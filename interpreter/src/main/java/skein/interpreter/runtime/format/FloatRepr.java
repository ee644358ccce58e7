package skein.interpreter.runtime.format;

/** Interim {@code repr(float)} until the formatting package lands. */
public final class FloatRepr {

    private FloatRepr() {
    }

    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e16) {
            return Long.toString((long) v) + ".0";
        }
        return Double.toString(v);
    }
}
