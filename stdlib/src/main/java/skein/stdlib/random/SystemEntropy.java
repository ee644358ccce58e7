package skein.stdlib.random;

import java.math.BigInteger;
import java.security.SecureRandom;

import skein.interpreter.runtime.exception.PythonErrors;

/** {@code SystemRandom}'s draws: the operating system's entropy, as {@code os.urandom} gives it. */
final class SystemEntropy implements RandomSource {

    private static final double RECIP_BPF = 0x1p-53;

    private final SecureRandom entropy = new SecureRandom();

    @Override
    public double random() {
        return (entropy.nextLong() >>> 11) * RECIP_BPF;
    }

    @Override
    public BigInteger getrandbits(int k) {
        if (k < 0) {
            throw PythonErrors.valueError("number of bits must be non-negative");
        }
        int bytes = (k + 7) / 8;
        byte[] data = new byte[bytes];
        entropy.nextBytes(data);
        return new BigInteger(1, data).shiftRight(bytes * 8 - k);
    }

    @Override
    public long getrandbitsLong(int k) {
        return getrandbits(k).longValue();
    }

    @Override
    public byte[] randbytes(int n) {
        if (n < 0) {
            throw PythonErrors.valueError("negative argument not allowed");
        }
        byte[] data = new byte[n];
        entropy.nextBytes(data);
        return data;
    }
}
