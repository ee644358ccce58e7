package skein.interpreter.objects;

import java.math.BigInteger;

/**
 * {@code range} whose bounds, step or length do not fit in a long ({@code range(2**64)}); the
 * common case is {@link PRange}. Both are instances of the one Python type {@code range}; code
 * that knows only {@link PRange} reaches this one through the type's special methods.
 */
public final class PBigRange extends PythonObject {

    private final BigInteger start;
    private final BigInteger stop;
    private final BigInteger step;
    private final BigInteger length;

    public PBigRange(PythonClass cls, BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {
        super(cls);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
    }

    public BigInteger start() {
        return start;
    }

    public BigInteger stop() {
        return stop;
    }

    public BigInteger step() {
        return step;
    }

    public BigInteger length() {
        return length;
    }
}
