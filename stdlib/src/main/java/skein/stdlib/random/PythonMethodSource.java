package skein.stdlib.random;

import java.math.BigInteger;

import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The draws of a Random subclass that overrides {@code random()} or {@code getrandbits()}:
 * every draw calls the instance's method, so the algorithms use the override as
 * {@code random.py}'s do.
 */
final class PythonMethodSource implements RandomSource {

    private final Object self;

    PythonMethodSource(Object self) {
        this.self = self;
    }

    @Override
    public double random() {
        return Numbers.asDouble(Calls.callMethod(self, "random"));
    }

    @Override
    public BigInteger getrandbits(int k) {
        Object bits = Calls.callMethod(self, "getrandbits", (long) k);
        Object value = Numbers.intValueOrNull(bits);
        if (value == null) {
            throw PythonErrors.typeError("getrandbits() returned '" + TypeOf.name(bits) + "', not an int");
        }
        return IntOps.big(value);
    }

    @Override
    public long getrandbitsLong(int k) {
        return getrandbits(k).longValue();
    }

    @Override
    public byte[] randbytes(int n) {
        byte[] bigEndian = getrandbits(n * 8).toByteArray();
        byte[] littleEndian = new byte[n];
        for (int i = 0; i < n && i < bigEndian.length; i++) {
            littleEndian[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return littleEndian;
    }
}
