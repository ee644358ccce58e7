package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PComplex;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.FloatRepr;

/** Complex arithmetic with CPython's algorithms (its division and power, its repr). */
public final class ComplexOps {

    private ComplexOps() {
    }

    public static PComplex of(double real, double imag) {
        return new PComplex(SkeinLanguage.types().complexType, real, imag);
    }

    public static PComplex add(PComplex a, PComplex b) {
        return of(a.real() + b.real(), a.imag() + b.imag());
    }

    public static PComplex sub(PComplex a, PComplex b) {
        return of(a.real() - b.real(), a.imag() - b.imag());
    }

    public static PComplex mul(PComplex a, PComplex b) {
        return of(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /** Smith's algorithm, as CPython's {@code _Py_c_quot}, scaled against overflow. */
    @TruffleBoundary
    public static PComplex div(PComplex a, PComplex b) {
        double absReal = Math.abs(b.real());
        double absImag = Math.abs(b.imag());
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                throw PythonErrors.zeroDivisionError("complex division by zero");
            }
            double ratio = b.imag() / b.real();
            double denominator = b.real() + b.imag() * ratio;
            return of((a.real() + a.imag() * ratio) / denominator, (a.imag() - a.real() * ratio) / denominator);
        } else if (absImag >= absReal) {
            double ratio = b.real() / b.imag();
            double denominator = b.real() * ratio + b.imag();
            return of((a.real() * ratio + a.imag()) / denominator, (a.imag() * ratio - a.real()) / denominator);
        }
        return of(Double.NaN, Double.NaN);
    }

    /** {@code a ** b}: small integer powers by repeated multiplication, as CPython does; otherwise polar form. */
    @TruffleBoundary
    public static PComplex pow(PComplex a, PComplex b) {
        if (b.imag() == 0.0 && b.real() == Math.rint(b.real()) && Math.abs(b.real()) <= 100) {
            int n = (int) b.real();
            PComplex result = of(1, 0);
            PComplex base = a;
            int k = Math.abs(n);
            while (k > 0) {
                if ((k & 1) != 0) {
                    result = mul(result, base);
                }
                base = mul(base, base);
                k >>= 1;
            }
            return n < 0 ? div(of(1, 0), result) : result;
        }
        if (b.real() == 0.0 && b.imag() == 0.0) {
            return of(1, 0);
        }
        if (a.real() == 0.0 && a.imag() == 0.0) {
            if (b.imag() != 0.0 || b.real() < 0.0) {
                throw PythonErrors.zeroDivisionError("0.0 to a negative or complex power");
            }
            return of(0, 0);
        }
        double magnitude = Math.hypot(a.real(), a.imag());
        double angle = Math.atan2(a.imag(), a.real());
        double length = Math.pow(magnitude, b.real());
        double phase = angle * b.real();
        if (b.imag() != 0.0) {
            length /= Math.exp(angle * b.imag());
            phase += b.imag() * Math.log(magnitude);
        }
        return of(length * Math.cos(phase), length * Math.sin(phase));
    }

    public static double abs(PComplex a) {
        double result = Math.hypot(a.real(), a.imag());
        if (Double.isInfinite(result) && !Double.isInfinite(a.real()) && !Double.isInfinite(a.imag())) {
            throw PythonErrors.overflowError("absolute value too large");
        }
        return result;
    }

    /** {@code repr(z)}: {@code 2j}, {@code (1+2j)}, {@code (-0-1j)}, with floats' repr for each part. */
    @TruffleBoundary
    public static String repr(PComplex z) {
        String imag = part(z.imag());
        if (z.real() == 0.0 && Math.copySign(1.0, z.real()) > 0) {
            return imag + "j";
        }
        String sign = z.imag() >= 0 || Double.isNaN(z.imag()) ? "+" : "";
        if (Double.isNaN(z.imag()) || (z.imag() == 0.0 && Math.copySign(1.0, z.imag()) < 0)) {
            sign = Math.copySign(1.0, z.imag()) < 0 ? "-" : "+";
            imag = part(Math.abs(z.imag()));
        }
        return "(" + part(z.real()) + sign + imag + "j)";
    }

    /** A part as repr writes it: like a float, but integral values without ".0". */
    private static String part(double value) {
        String text = FloatRepr.repr(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** CPython's complex hash: the real part's hash plus 1000003 times the imaginary part's. */
    public static long hash(PComplex z) {
        long h = Hashing.hashDouble(z.real()) + 1000003L * Hashing.hashDouble(z.imag());
        return h == -1 ? -2 : h;
    }
}
