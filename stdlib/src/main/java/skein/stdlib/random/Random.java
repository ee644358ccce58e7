package skein.stdlib.random;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * CPython 3.11's {@code random.Random}: the algorithms of {@code Lib/random.py} on top of
 * the Mersenne Twister, drawing from the generator in exactly the same order, so that equal
 * seeds give equal results (floats from transcendental functions aside; see
 * {@link PythonMath}).
 *
 * <p>Python ints arrive as {@code long} where that is enough and {@link BigInteger}
 * otherwise; weights and counts as {@link Number}s ({@link Long}/{@link BigInteger} for
 * ints, {@link Double} for floats). A population is a {@link List} whose {@code get} raises
 * the sequence's own IndexError when out of range.
 *
 * <p>Every algorithm draws through {@link #random()} and {@link #getrandbits(int)}, which
 * come from the generator unless {@link #drawFrom} names another {@link RandomSource} (a
 * Python subclass's own {@code random()}, or system entropy), as overriding them in
 * {@code random.py} does; integers then come from {@code getrandbits} or, for a source that
 * only makes floats, from {@code random()}.
 */
public final class Random {

    /** How the integer methods draw: from random bits, or from floats when a source only makes those. */
    public enum IntegerDraws { GETRANDBITS, FLOATS }

    private static final BigInteger FLOAT_DRAW_LIMIT = BigInteger.ONE.shiftLeft(53);

    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
    private static final double LOG4 = Math.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + Math.log(4.5);
    /** Pools up to this size are arrays; larger ones record only the slots a sample moved. */
    private static final long DENSE_POOL_LIMIT = 1 << 20;

    private final MersenneTwister generator;
    private volatile RandomSource source;
    private volatile IntegerDraws integerDraws = IntegerDraws.GETRANDBITS;
    private Double gaussNext;

    /** A generator seeded from system entropy, like {@code random.Random()}. */
    public Random() {
        this.generator = new MersenneTwister();
        this.source = generator;
    }

    /** A generator seeded with an int, like {@code random.Random(seed)}. */
    public Random(BigInteger seed) {
        this.generator = new MersenneTwister(seed);
        this.source = generator;
    }

    /** Draws from {@code drawSource} from now on, integers as {@code integers} says. */
    public void drawFrom(RandomSource drawSource, IntegerDraws integers) {
        this.source = drawSource;
        this.integerDraws = integers;
    }

    // ---- seeding and state ----

    /** {@code seed(None)}: fresh system entropy. */
    public synchronized void seed() {
        generator.seedFromEntropy();
        gaussNext = null;
    }

    /** {@code seed(n)} for an int: all of its bits count, its sign does not. */
    public synchronized void seed(BigInteger seed) {
        generator.seed(seed);
        gaussNext = null;
    }

    public void seed(long seed) {
        seed(BigInteger.valueOf(seed));
    }

    /** {@code seed(x)} for a float: keyed by {@code hash(x)}. */
    public void seed(double seed) {
        seed(Seeds.fromFloat(seed));
    }

    /** {@code seed(s)} for a str, version 2: UTF-8 bytes plus their SHA-512 digest. */
    public void seed(String seed) {
        seed(Seeds.fromString(seed));
    }

    /** {@code seed(b)} for bytes or bytearray, version 2. */
    public void seed(byte[] seed) {
        seed(Seeds.fromBytes(seed));
    }

    /** {@code seed(s, version=1)} for a str. */
    public void seedVersion1(String seed) {
        seed(Seeds.version1(seed));
    }

    /** {@code seed(b, version=1)} for bytes. */
    public void seedVersion1(byte[] seed) {
        seed(Seeds.version1(seed));
    }

    /** Seeding with any other hashable object: CPython keys the generator with its hash. */
    public void seedWithHash(long hash) {
        seed(Seeds.fromHash(hash));
    }

    public synchronized RandomState getState() {
        return new RandomState(generator.getState(), gaussNext);
    }

    public synchronized void setState(RandomState state) {
        generator.setState(state.generator());
        gaussNext = state.gaussNext();
    }

    /**
     * {@code setstate((version, internal, gauss_next))} with CPython's checks: version 3
     * takes the words as they are, version 2 (signed words) reduces every item modulo 2**32.
     * {@code version}'s {@code toString()} must be Python's {@code str} of it.
     */
    public void setState(Object version, List<BigInteger> internal, Double gaussNext) {
        BigInteger number = version instanceof Number n && PythonNumbers.isInt(n) ? PythonNumbers.toBigInteger(n) : null;
        if (version instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            number = BigInteger.valueOf(d.longValue());
        }
        if (BigInteger.valueOf(RandomState.VERSION).equals(number)) {
            setState(new RandomState(MersenneTwisterState.fromPython(internal), gaussNext));
        } else if (BigInteger.TWO.equals(number)) {
            BigInteger modulus = BigInteger.ONE.shiftLeft(32);
            List<BigInteger> reduced = internal.stream().map(x -> x.mod(modulus)).toList();
            setState(new RandomState(MersenneTwisterState.fromPython(reduced), gaussNext));
        } else {
            throw PythonErrors.valueError("state with version " + version
                    + " passed to Random.setstate() of version " + RandomState.VERSION);
        }
    }

    // ---- the draws every algorithm is built on ----

    /** A float in [0.0, 1.0). */
    public double random() {
        return source.random();
    }

    public BigInteger getrandbits(int k) {
        return source.getrandbits(k);
    }

    public byte[] randbytes(int n) {
        return source.randbytes(n);
    }

    // ---- the Mersenne Twister's own draws, whatever a subclass draws from ----

    public final double generatorRandom() {
        return generator.random();
    }

    public final BigInteger generatorGetrandbits(int k) {
        return generator.getrandbits(k);
    }

    // ---- integers ----

    /** {@code _randbelow_with_getrandbits(n)}: uniform in [0, n) by rejection on bit_length(n) bits. */
    public long randbelow(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("randbelow needs n > 0, got " + n);
        }
        if (integerDraws == IntegerDraws.FLOATS) {
            return randbelowFromFloats(BigInteger.valueOf(n)).longValue();
        }
        RandomSource bits = source;
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = bits.getrandbitsLong(k);
        while (r >= n) {
            r = bits.getrandbitsLong(k);
        }
        return r;
    }

    public BigInteger randbelow(BigInteger n) {
        if (n.signum() <= 0) {
            throw new IllegalArgumentException("randbelow needs n > 0, got " + n);
        }
        if (n.bitLength() < 64) {
            return BigInteger.valueOf(randbelow(n.longValue()));
        }
        if (integerDraws == IntegerDraws.FLOATS) {
            return randbelowFromFloats(n);
        }
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /**
     * {@code _randbelow_without_getrandbits}: a float scaled to 53 bits, re-drawn when it
     * would favour the low values. Past 2**53 a float cannot reach every value; CPython then
     * warns and scales anyway.
     */
    private BigInteger randbelowFromFloats(BigInteger n) {
        if (n.compareTo(FLOAT_DRAW_LIMIT) >= 0) {
            return new BigDecimal(Math.floor(random() * PythonNumbers.toFloat(n))).toBigInteger();
        }
        long size = n.longValue();
        double maxsize = FLOAT_DRAW_LIMIT.doubleValue();
        long rem = FLOAT_DRAW_LIMIT.longValue() % size;
        double limit = (FLOAT_DRAW_LIMIT.longValue() - rem) / maxsize;
        double r = random();
        while (r >= limit) {
            r = random();
        }
        return BigInteger.valueOf((long) Math.floor(r * maxsize) % size);
    }

    /** {@code randrange(stop)}. */
    public long randrange(long stop) {
        if (stop > 0) {
            return randbelow(stop);
        }
        throw PythonErrors.valueError("empty range for randrange()");
    }

    /** {@code randrange(start, stop)}. */
    public long randrange(long start, long stop) {
        long width = stop - start;
        if (((stop ^ start) & (stop ^ width)) < 0) {
            return randrange(BigInteger.valueOf(start), BigInteger.valueOf(stop), null).longValueExact();
        }
        if (width > 0) {
            return start + randbelow(width);
        }
        throw emptyRange(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(width));
    }

    /** {@code randrange(start, stop, step)}. */
    public long randrange(long start, long stop, long step) {
        if (step == 1) {
            return randrange(start, stop);
        }
        return randrange(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step)).longValueExact();
    }

    /**
     * {@code randrange(start, stop=None, step=1)} on ints of any size. A null {@code stop}
     * is Python's None; a null {@code step} is the default 1.
     */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        if (stop == null) {
            if (step != null && !step.equals(BigInteger.ONE)) {
                throw PythonErrors.typeError("Missing a non-None stop argument");
            }
            if (start.signum() > 0) {
                return randbelow(start);
            }
            throw PythonErrors.valueError("empty range for randrange()");
        }
        BigInteger width = stop.subtract(start);
        if (step == null || step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return start.add(randbelow(width));
            }
            throw emptyRange(start, stop, width);
        }
        BigInteger n;
        if (step.signum() > 0) {
            n = floorDivide(width.add(step).subtract(BigInteger.ONE), step);
        } else if (step.signum() < 0) {
            n = floorDivide(width.add(step).add(BigInteger.ONE), step);
        } else {
            throw PythonErrors.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw PythonErrors.valueError("empty range for randrange()");
        }
        return start.add(step.multiply(randbelow(n)));
    }

    /** {@code randint(a, b)}: {@code randrange(a, b + 1)}. */
    public long randint(long a, long b) {
        if (b == Long.MAX_VALUE) {
            return randint(BigInteger.valueOf(a), BigInteger.valueOf(b)).longValueExact();
        }
        return randrange(a, b + 1);
    }

    public BigInteger randint(BigInteger a, BigInteger b) {
        return randrange(a, b.add(BigInteger.ONE), null);
    }

    private static RuntimeException emptyRange(BigInteger start, BigInteger stop, BigInteger width) {
        return PythonErrors.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
    }

    private static BigInteger floorDivide(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    // ---- sequences ----

    /** {@code choice(seq)}. */
    public <T> T choice(List<T> population) {
        return population.get(choiceIndex(population.size()));
    }

    /** The index {@code choice} picks from a sequence of {@code size} items. */
    public int choiceIndex(int size) {
        if (size == 0) {
            throw PythonErrors.indexError("Cannot choose from an empty sequence");
        }
        return (int) randbelow(size);
    }

    /** {@code shuffle(x)} in place. */
    public void shuffle(List<?> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            Collections.swap(items, i, (int) randbelow(i + 1));
        }
    }

    /** {@code shuffle(x)} in place on an array. */
    public void shuffle(Object[] items) {
        for (int i = items.length - 1; i > 0; i--) {
            int j = (int) randbelow(i + 1);
            Object held = items[i];
            items[i] = items[j];
            items[j] = held;
        }
    }

    /**
     * The swaps {@code shuffle} makes on a sequence of {@code size} items, for a caller that
     * does its own swapping: for {@code i} from {@code size - 1} down to 1, exchange items
     * {@code i} and {@code partners[i]}.
     */
    public int[] shuffleSwaps(int size) {
        int[] partners = new int[size];
        for (int i = size - 1; i > 0; i--) {
            partners[i] = (int) randbelow(i + 1);
        }
        return partners;
    }

    /** {@code sample(population, k)}. */
    public <T> List<T> sample(List<T> population, int k) {
        long[] indices = sampleIndices(population.size(), k);
        List<T> result = new ArrayList<>(indices.length);
        for (long index : indices) {
            result.add(population.get((int) index));
        }
        return result;
    }

    /** {@code sample(population, k, counts=counts)}: each item repeated as often as its count says. */
    public <T> List<T> sample(List<T> population, int k, List<? extends Number> counts) {
        int n = population.size();
        List<Number> cumulative = accumulate(counts);
        if (cumulative.size() != n) {
            throw PythonErrors.valueError("The number of counts does not match the population");
        }
        if (cumulative.isEmpty()) {
            throw PythonErrors.indexError("pop from empty list");
        }
        Number total = cumulative.remove(cumulative.size() - 1);
        if (!PythonNumbers.isInt(total)) {
            throw PythonErrors.typeError("Counts must be integers");
        }
        BigInteger totalCount = PythonNumbers.toBigInteger(total);
        if (totalCount.signum() <= 0) {
            throw PythonErrors.valueError("Total of counts must be greater than zero");
        }
        if (totalCount.bitLength() > 63) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        long[] selections = sampleIndices(totalCount.longValue(), k);
        List<T> result = new ArrayList<>(selections.length);
        for (long selection : selections) {
            result.add(population.get(bisectRight(cumulative, BigInteger.valueOf(selection))));
        }
        return result;
    }

    /**
     * The indices {@code sample(range(n), k)} returns. Like CPython it keeps a pool of the
     * unpicked indices when that is smaller than a set of the picked ones would be, and
     * otherwise re-draws on collisions with the picked set.
     */
    public long[] sampleIndices(long n, int k) {
        if (k < 0 || k > n) {
            throw PythonErrors.valueError("Sample larger than population or is negative");
        }
        long[] result = new long[k];
        long setsize = 21;
        if (k > 5) {
            long exponent = (long) Math.ceil(Math.log(k * 3.0) / Math.log(4.0));
            setsize += 1L << (2 * exponent);
        }
        if (n <= setsize) {
            IndexPool pool = n <= DENSE_POOL_LIMIT ? new DensePool((int) n) : new SparsePool();
            for (int i = 0; i < k; i++) {
                long j = randbelow(n - i);
                result[i] = pool.get(j);
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            Set<Long> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = randbelow(n);
                while (!selected.add(j)) {
                    j = randbelow(n);
                }
                result[i] = j;
            }
        }
        return result;
    }

    /** The not-yet-picked indices of a sample, initially {@code pool[i] == i}. */
    private interface IndexPool {
        long get(long i);

        void set(long i, long value);
    }

    private static final class DensePool implements IndexPool {
        private final long[] slots;

        DensePool(int n) {
            slots = new long[n];
            for (int i = 0; i < n; i++) {
                slots[i] = i;
            }
        }

        public long get(long i) {
            return slots[(int) i];
        }

        public void set(long i, long value) {
            slots[(int) i] = value;
        }
    }

    private static final class SparsePool implements IndexPool {
        private final Map<Long, Long> moved = new HashMap<>();

        public long get(long i) {
            return moved.getOrDefault(i, i);
        }

        public void set(long i, long value) {
            moved.put(i, value);
        }
    }

    /**
     * {@code choices(population, weights=None, *, cum_weights=None, k=1)}. Null weights are
     * Python's None.
     */
    public <T> List<T> choices(List<T> population, List<? extends Number> weights,
            List<? extends Number> cumWeights, int k) {
        int n = population.size();
        List<T> result = new ArrayList<>(Math.max(k, 0));
        if (cumWeights == null) {
            if (weights == null) {
                double size = n;
                for (int i = 0; i < k; i++) {
                    result.add(itemAt(population, (int) Math.floor(random() * size)));
                }
                return result;
            }
            cumWeights = accumulate(weights);
        } else if (weights != null) {
            throw PythonErrors.typeError("Cannot specify both weights and cumulative weights");
        }
        if (cumWeights.size() != n) {
            throw PythonErrors.valueError("The number of weights does not match the population");
        }
        if (cumWeights.isEmpty()) {
            throw PythonErrors.indexError("list index out of range");
        }
        double total = PythonNumbers.toFloat(cumWeights.get(n - 1)) + 0.0;
        if (total <= 0.0) {
            throw PythonErrors.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw PythonErrors.valueError("Total of weights must be finite");
        }
        for (int i = 0; i < k; i++) {
            result.add(population.get(bisectRight(cumWeights, random() * total, n - 1)));
        }
        return result;
    }

    /** A population read where CPython may index past its end (an empty one). */
    private static <T> T itemAt(List<T> population, int index) {
        try {
            return population.get(index);
        } catch (IndexOutOfBoundsException e) {
            throw PythonErrors.indexError("list index out of range");
        }
    }

    private static List<Number> accumulate(List<? extends Number> values) {
        List<Number> sums = new ArrayList<>(values.size());
        Number sum = null;
        for (Number value : values) {
            sum = sum == null ? value : PythonNumbers.add(sum, value);
            sums.add(sum);
        }
        return sums;
    }

    /** {@code bisect.bisect_right(a, x, 0, hi)} for a float {@code x}. */
    private static int bisectRight(List<? extends Number> a, double x, int hi) {
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (PythonNumbers.floatLessThan(x, a.get(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** {@code bisect.bisect_right(a, x)} over cumulative int counts. */
    private static int bisectRight(List<Number> a, BigInteger x) {
        int lo = 0;
        int hi = a.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x.compareTo(PythonNumbers.toBigInteger(a.get(mid))) < 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // ---- real-valued distributions ----

    /** {@code uniform(a, b)}. */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /** {@code triangular(low, high, mode)}; a null mode is None (the midpoint). */
    public double triangular(double low, double high, Double mode) {
        double u = random();
        double c;
        if (mode == null) {
            c = 0.5;
        } else if (high - low == 0) {
            // CPython catches the ZeroDivisionError of a zero-width range and returns low.
            return low;
        } else {
            c = (mode - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double swap = low;
            low = high;
            high = swap;
        }
        return low + (high - low) * PythonMath.sqrt(u * c);
    }

    /** {@code normalvariate(mu, sigma)}: Kinderman and Monahan's ratio of uniforms. */
    public double normalvariate(double mu, double sigma) {
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -PythonMath.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    /** {@code gauss(mu, sigma)}: Box-Muller, keeping the second deviate for the next call. */
    public synchronized double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * TWO_PI;
            double g2rad = PythonMath.sqrt(-2.0 * PythonMath.log(1.0 - random()));
            z = PythonMath.cos(x2pi) * g2rad;
            gaussNext = PythonMath.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    /** {@code lognormvariate(mu, sigma)}. */
    public double lognormvariate(double mu, double sigma) {
        return PythonMath.exp(normalvariate(mu, sigma));
    }

    /** {@code expovariate(lambd)}. */
    public double expovariate(double lambd) {
        return PythonMath.divide(-PythonMath.log(1.0 - random()), lambd);
    }

    /** {@code vonmisesvariate(mu, kappa)}: Fisher's algorithm for the circular normal. */
    public double vonmisesvariate(double mu, double kappa) {
        if (kappa <= 1e-6) {
            return TWO_PI * random();
        }
        double s = 0.5 / kappa;
        double r = s + PythonMath.sqrt(1.0 + s * s);
        double z;
        while (true) {
            double u1 = random();
            z = PythonMath.cos(Math.PI * u1);
            double d = PythonMath.divide(z, r + z);
            double u2 = random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * PythonMath.exp(d)) {
                break;
            }
        }
        double q = 1.0 / r;
        double f = PythonMath.divide(q + z, 1.0 + q * z);
        double u3 = random();
        if (u3 > 0.5) {
            return PythonMath.modulo(mu + PythonMath.acos(f), TWO_PI);
        }
        return PythonMath.modulo(mu - PythonMath.acos(f), TWO_PI);
    }

    /** {@code gammavariate(alpha, beta)}: Cheng's method above 1, Kennedy and Gentle's GS below. */
    public double gammavariate(double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw PythonErrors.valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            double ainv = PythonMath.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - random();
                double v = PythonMath.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * PythonMath.exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= PythonMath.log(z)) {
                    return x * beta;
                }
            }
        }
        if (alpha == 1.0) {
            return -PythonMath.log(1.0 - random()) * beta;
        }
        while (true) {
            double u = random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            double x;
            if (p <= 1.0) {
                x = PythonMath.pow(p, 1.0 / alpha);
            } else {
                x = -PythonMath.log((b - p) / alpha);
            }
            double u1 = random();
            if (p > 1.0) {
                if (u1 <= PythonMath.pow(x, alpha - 1.0)) {
                    return x * beta;
                }
            } else if (u1 <= PythonMath.exp(-x)) {
                return x * beta;
            }
        }
    }

    /** {@code betavariate(alpha, beta)}: from two gamma variates. */
    public double betavariate(double alpha, double beta) {
        double y = gammavariate(alpha, 1.0);
        if (y != 0) {
            return PythonMath.divide(y, y + gammavariate(beta, 1.0));
        }
        return 0.0;
    }

    /** {@code paretovariate(alpha)}. */
    public double paretovariate(double alpha) {
        double u = 1.0 - random();
        return PythonMath.pow(u, PythonMath.divide(-1.0, alpha));
    }

    /** {@code weibullvariate(alpha, beta)}. */
    public double weibullvariate(double alpha, double beta) {
        double u = 1.0 - random();
        double base = -PythonMath.log(u);
        return alpha * PythonMath.pow(base, PythonMath.divide(1.0, beta));
    }
}
