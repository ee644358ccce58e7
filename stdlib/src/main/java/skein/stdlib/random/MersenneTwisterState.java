package skein.stdlib.random;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * A snapshot of a {@link MersenneTwister}: its 624 state words and the position of the next
 * word. Python sees it as the 625-int tuple inside {@code random.getstate()}.
 */
public final class MersenneTwisterState {

    private static final BigInteger UNSIGNED_LONG_LIMIT = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final int[] words;
    private final int index;

    MersenneTwisterState(int[] words, int index) {
        this.words = words.clone();
        this.index = index;
    }

    /**
     * Builds a state from the Python tuple's items with CPython's checks and messages: each
     * word must fit a C unsigned long and is then cut to 32 bits; the index must lie in
     * [0, 624].
     */
    public static MersenneTwisterState fromPython(List<BigInteger> items) {
        if (items.size() != MersenneTwister.N + 1) {
            throw PythonErrors.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            BigInteger item = items.get(i);
            if (item.signum() < 0) {
                throw PythonErrors.overflowError("can't convert negative value to unsigned int");
            }
            if (item.compareTo(UNSIGNED_LONG_LIMIT) >= 0) {
                throw PythonErrors.overflowError("Python int too large to convert to C unsigned long");
            }
            words[i] = item.intValue();
        }
        BigInteger index = items.get(MersenneTwister.N);
        if (index.compareTo(LONG_MIN) < 0 || index.compareTo(LONG_MAX) > 0) {
            throw PythonErrors.overflowError("Python int too large to convert to C long");
        }
        if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(MersenneTwister.N)) > 0) {
            throw PythonErrors.valueError("invalid state");
        }
        return new MersenneTwisterState(words, index.intValue());
    }

    /** The 625 items of the Python tuple: the words as unsigned ints, then the index. */
    public List<BigInteger> toPython() {
        BigInteger[] items = new BigInteger[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) {
            items[i] = BigInteger.valueOf(Integer.toUnsignedLong(words[i]));
        }
        items[MersenneTwister.N] = BigInteger.valueOf(index);
        return List.of(items);
    }

    int index() {
        return index;
    }

    void copyWordsInto(int[] target) {
        System.arraycopy(words, 0, target, 0, words.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MersenneTwisterState that
                && index == that.index && Arrays.equals(words, that.words);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(words) + index;
    }
}
