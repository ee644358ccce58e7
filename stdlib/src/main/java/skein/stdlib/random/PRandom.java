package skein.stdlib.random;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

/**
 * A {@code random.Random} (or subclass) instance: a {@link Random} whose draws come from its
 * Mersenne Twister, from system entropy for {@code SystemRandom}, or from the Python methods
 * of a subclass that overrides {@code random()} or {@code getrandbits()}.
 */
final class PRandom extends PythonObject {

    private final Random engine = new Random();
    /** The draws of SystemRandom's own methods; null for the Mersenne Twister kinds. */
    private final RandomSource entropy;

    PRandom(PythonClass cls, RandomSource entropy) {
        super(cls);
        this.entropy = entropy;
    }

    Random engine() {
        return engine;
    }

    /** What the class's own {@code random()} and {@code getrandbits()} draw from, before any Python override. */
    RandomSource ownSource() {
        return entropy;
    }
}
