package skein.interpreter.objects;

/** {@code complex}: an immutable pair of doubles. */
public final class PComplex extends PythonObject {

    private final double real;
    private final double imag;

    public PComplex(PythonClass cls, double real, double imag) {
        super(cls);
        this.real = real;
        this.imag = imag;
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }
}
