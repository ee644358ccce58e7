package skein.stdlib.random;

/**
 * What {@code random.Random.getstate()} returns, version 3: the generator's state and the
 * second normal deviate {@code gauss()} keeps for its next call (null when it has none).
 */
public record RandomState(MersenneTwisterState generator, Double gaussNext) {

    /** The version number Python puts first in the state tuple. */
    public static final int VERSION = 3;
}
