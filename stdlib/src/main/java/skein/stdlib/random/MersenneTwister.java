package skein.stdlib.random;

import java.math.BigInteger;
import java.security.SecureRandom;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The MT19937 generator behind CPython's {@code _random.Random}: the same seeding from an
 * integer key, the same 53-bit {@code random()} and the same word order in
 * {@code getrandbits}, so every sequence equals CPython's for the same seed.
 *
 * <p>Every method that touches the state is synchronized: Python threads run in parallel
 * here, and CPython's generator methods are atomic under its GIL.
 */
public final class MersenneTwister implements RandomSource {

    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index;

    /** A generator seeded from system entropy, as CPython seeds from {@code os.urandom}. */
    public MersenneTwister() {
        seedFromEntropy();
    }

    /** A generator seeded with the non-negative integer {@code seed}. */
    public MersenneTwister(BigInteger seed) {
        seed(seed);
    }

    /** Seeds from 624 words of system entropy, as CPython does when the seed is None. */
    public void seedFromEntropy() {
        int[] key = new int[N];
        SecureRandom entropy = new SecureRandom();
        for (int i = 0; i < N; i++) {
            key[i] = entropy.nextInt();
        }
        initByArray(key);
    }

    /**
     * Seeds with an integer: its absolute value split into 32-bit words, least significant
     * first (zero becomes the one-word key {@code [0]}).
     */
    public void seed(BigInteger seed) {
        BigInteger n = seed.abs();
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    /** Seeds with a machine-sized integer; same result as {@link #seed(BigInteger)}. */
    public void seed(long seed) {
        seed(BigInteger.valueOf(seed));
    }

    private synchronized void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int previous = mt[i - 1] ^ (mt[i - 1] >>> 30);
            mt[i] = (mt[i] ^ (previous * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int previous = mt[i - 1] ^ (mt[i - 1] >>> 30);
            mt[i] = (mt[i] ^ (previous * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK;
    }

    private void initGenrand(int seed) {
        mt[0] = seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** The next tempered 32-bit output word; the caller holds the lock. */
    private int nextWord() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            mt[kk] = mt[kk + M] ^ mix(mt[kk], mt[kk + 1]);
        }
        for (; kk < N - 1; kk++) {
            mt[kk] = mt[kk + (M - N)] ^ mix(mt[kk], mt[kk + 1]);
        }
        mt[N - 1] = mt[M - 1] ^ mix(mt[N - 1], mt[0]);
        index = 0;
    }

    private static int mix(int upper, int lower) {
        int y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
        return (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }

    /** The next 32-bit output word as an unsigned value. */
    public synchronized long nextUnsignedInt() {
        return Integer.toUnsignedLong(nextWord());
    }

    /** A float in [0, 1) built from 27 + 26 bits of two words, exactly as CPython does. */
    @Override
    public synchronized double random() {
        int a = nextWord() >>> 5;
        int b = nextWord() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /**
     * {@code getrandbits(k)} for {@code 0 <= k <= 63}, without allocating: words fill the
     * result from the least significant end and the last one keeps its top bits.
     */
    @Override
    public synchronized long getrandbitsLong(int k) {
        if (k < 0 || k > 63) {
            throw new IllegalArgumentException("getrandbitsLong needs 0 <= k <= 63, got " + k);
        }
        if (k <= 32) {
            return k == 0 ? 0 : Integer.toUnsignedLong(nextWord() >>> (32 - k));
        }
        long low = Integer.toUnsignedLong(nextWord());
        long high = Integer.toUnsignedLong(nextWord() >>> (64 - k));
        return low | (high << 32);
    }

    /** {@code getrandbits(k)}: a non-negative integer of {@code k} random bits. */
    @Override
    public BigInteger getrandbits(int k) {
        if (k < 0) {
            throw PythonErrors.valueError("number of bits must be non-negative");
        }
        if (k <= 63) {
            return BigInteger.valueOf(getrandbitsLong(k));
        }
        return new BigInteger(1, bigEndianBytes(k));
    }

    /** {@code k} random bits as big-endian bytes (the first byte holds the partial word). */
    private synchronized byte[] bigEndianBytes(int k) {
        int words = (k - 1) / 32 + 1;
        byte[] bytes = new byte[words * 4];
        int remaining = k;
        for (int i = 0; i < words; i++) {
            int word = nextWord();
            if (remaining < 32) {
                word >>>= 32 - remaining;
            }
            remaining -= 32;
            int at = bytes.length - 4 * (i + 1);
            bytes[at] = (byte) (word >>> 24);
            bytes[at + 1] = (byte) (word >>> 16);
            bytes[at + 2] = (byte) (word >>> 8);
            bytes[at + 3] = (byte) word;
        }
        return bytes;
    }

    /**
     * {@code randbytes(n)}: the bytes of {@code getrandbits(8 * n)} in little-endian order,
     * produced directly.
     */
    @Override
    public synchronized byte[] randbytes(int n) {
        if (n < 0) {
            throw PythonErrors.valueError("number of bits must be non-negative");
        }
        byte[] bytes = new byte[n];
        for (int at = 0; at < n; at += 4) {
            int left = n - at;
            int word = nextWord();
            if (left < 4) {
                word >>>= 32 - 8 * left;
            }
            for (int b = 0; b < Math.min(4, left); b++) {
                bytes[at + b] = (byte) (word >>> (8 * b));
            }
        }
        return bytes;
    }

    /** A copy of the internal state, as {@code getstate()} exposes it. */
    public synchronized MersenneTwisterState getState() {
        return new MersenneTwisterState(mt, index);
    }

    /** Restores a state taken by {@link #getState()} or built by {@link MersenneTwisterState#fromPython}. */
    public synchronized void setState(MersenneTwisterState state) {
        state.copyWordsInto(mt);
        index = state.index();
    }
}
