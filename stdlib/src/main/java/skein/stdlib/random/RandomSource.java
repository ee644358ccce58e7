package skein.stdlib.random;

import java.math.BigInteger;

/** Where a {@link Random}'s randomness comes from: the Mersenne Twister, system entropy, or Python code. */
public interface RandomSource {

    /** A float in [0.0, 1.0). */
    double random();

    /** A non-negative int of {@code k} random bits (ValueError for negative k). */
    BigInteger getrandbits(int k);

    /** {@code getrandbits(k)} for {@code 0 <= k <= 63}. */
    long getrandbitsLong(int k);

    /** {@code n} random bytes: those of {@code getrandbits(8 * n)}, least significant first. */
    byte[] randbytes(int n);
}
