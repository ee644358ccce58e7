package skein.stdlib.random;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** The methods of {@code random.Random}, the algorithms of {@link Random} applied to Python arguments. */
final class RandomMethods {

    private RandomMethods() {
    }

    static void define(BuiltinDefiner d, PythonClass type, RandomModule module) {
        BuiltinTypes t = d.types();
        d.staticMethod(type, "__new__(cls, /, *args, **kwargs)", a -> module.create((PythonClass) a[0]));
        d.method(type, "__init__(self, x=None)", a -> {
            Calls.callMethod(a[0], "seed", a[1]);
            return PNone.NONE;
        });
        defineState(d, type, t);
        d.method(type, "random(self, /)", a -> self(a).engine().generatorRandom());
        d.method(type, "getrandbits(self, k, /)", a -> {
            int k = RandomArguments.count(a[1]);
            return IntOps.normalize(self(a).engine().generatorGetrandbits(k));
        });
        d.method(type, "randbytes(self, n)", a -> {
            int n = RandomArguments.count(a[1]);
            if (n < 0) {
                throw PythonErrors.valueError("number of bits must be non-negative");
            }
            return new PBytes(t.bytesType, self(a).engine().randbytes(n));
        });
        defineIntegers(d, type);
        defineSequences(d, type, t);
        defineDistributions(d, type);
    }

    static PRandom self(Object[] args) {
        return (PRandom) args[0];
    }

    private static void defineState(BuiltinDefiner d, PythonClass type, BuiltinTypes t) {
        d.method(type, "seed(self, a=None, version=2)", a -> {
            seed(self(a).engine(), a[1], a[2]);
            return PNone.NONE;
        });
        d.method(type, "getstate(self)", a -> {
            RandomState state = self(a).engine().getState();
            Object[] words = state.generator().toPython().stream().map(IntOps::normalize).toArray();
            return new PTuple(t.tupleType, new Object[]{(long) RandomState.VERSION, new PTuple(t.tupleType, words),
                state.gaussNext() == null ? PNone.NONE : state.gaussNext()});
        });
        d.method(type, "setstate(self, state)", a -> {
            setState(self(a).engine(), a[1]);
            return PNone.NONE;
        });
        d.method(type, "__reduce__(self)", a -> new PTuple(t.tupleType, new Object[]{TypeOf.get(a[0]),
            new PTuple(t.tupleType, new Object[0]), Calls.callMethod(a[0], "getstate")}));
    }

    /**
     * {@code seed(a, version)}: str and bytes are hashed with SHA-512 (version 2) or folded
     * (version 1); None, ints and floats go to the generator as they are; other types are refused.
     */
    private static void seed(Random engine, Object a, Object version) {
        Object value = a instanceof PValueObject boxed ? boxed.value() : a;
        boolean text = value instanceof String || value instanceof PBytes;
        if (text && Comparisons.equal(version, 1L)) {
            if (value instanceof String s) {
                engine.seedVersion1(s);
            } else {
                engine.seedVersion1(((PBytes) value).bytes());
            }
        } else if (text && Comparisons.equal(version, 2L)) {
            if (value instanceof String s) {
                engine.seed(s);
            } else {
                engine.seed(((PBytes) value).bytes());
            }
        } else if (value == PNone.NONE) {
            engine.seed();
        } else if (Numbers.intValueOrNull(a) != null) {
            engine.seed(IntOps.big(Numbers.intValueOrNull(a)));
        } else if (value instanceof Double f) {
            engine.seed(f);
        } else if (text) {
            engine.seedWithHash(Hashing.hash(a));
        } else {
            throw PythonErrors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    /** {@code setstate((version, internalstate, gauss_next))}: versions 3 and 2, as getstate() made them. */
    private static void setState(Random engine, Object state) {
        Object version = Subscripts.getItem(state, 0L);
        boolean current = Comparisons.equal(version, 3L);
        if (!current && !Comparisons.equal(version, 2L)) {
            throw PythonErrors.valueError("state with version " + Reprs.str(version)
                    + " passed to Random.setstate() of version " + RandomState.VERSION);
        }
        Object[] parts = Iteration.toArray(state);
        if (parts.length != 3) {
            throw PythonErrors.valueError(parts.length > 3 ? "too many values to unpack (expected 3)"
                    : "not enough values to unpack (expected 3, got " + parts.length + ")");
        }
        Object internal = parts[1];
        List<BigInteger> words = new ArrayList<>();
        if (current) {
            if (!(internal instanceof PTuple tuple)) {
                throw PythonErrors.typeError("state vector must be a tuple");
            }
            for (Object item : tuple.items()) {
                Object n = Numbers.intValueOrNull(item);
                if (n == null) {
                    throw PythonErrors.typeError("an integer is required");
                }
                words.add(IntOps.big(n));
            }
        } else {
            Object modulus = IntOps.normalize(BigInteger.ONE.shiftLeft(32));
            for (Object item : Iteration.toArray(internal)) {
                Object reduced = Operators.binary(item, modulus, BinaryOp.MOD);
                Object n = Numbers.intValueOrNull(reduced);
                if (n == null) {
                    throw PythonErrors.typeError("an integer is required");
                }
                words.add(IntOps.big(n));
            }
        }
        Double gaussNext = parts[2] == PNone.NONE ? null : Numbers.asDouble(parts[2]);
        engine.setState(new RandomState(MersenneTwisterState.fromPython(words), gaussNext));
    }

    private static void defineIntegers(BuiltinDefiner d, PythonClass type) {
        d.method(type, "randrange(self, start, stop=None, step=?)", a ->
                randrange(self(a).engine(), a[1], a[2], a[3]));
        d.method(type, "randint(self, a, b)", a -> {
            Object b = Numbers.intValueOrNull(a[2]);
            Object stop = b != null ? IntOps.add(b, 1L) : Operators.binary(a[2], 1L, BinaryOp.ADD);
            return randrange(self(a).engine(), a[1], stop, Missing.INSTANCE);
        });
    }

    private static Object randrange(Random engine, Object start, Object stop, Object step) {
        BigInteger first = RandomArguments.rangeInt(start, "arg 1");
        if (stop == PNone.NONE) {
            if (step != Missing.INSTANCE && !(step instanceof Long l && l == 1)) {
                throw PythonErrors.typeError("Missing a non-None stop argument");
            }
            return IntOps.normalize(engine.randrange(first, null, null));
        }
        BigInteger last = RandomArguments.rangeInt(stop, "stop");
        BigInteger increment = step == Missing.INSTANCE ? null : RandomArguments.rangeInt(step, "step");
        return IntOps.normalize(engine.randrange(first, last, increment));
    }

    private static void defineSequences(BuiltinDefiner d, PythonClass type, BuiltinTypes t) {
        d.method(type, "choice(self, seq)", a -> {
            long size = Containers.length(a[1]);
            if (size == 0) {
                throw PythonErrors.indexError("Cannot choose from an empty sequence");
            }
            return Subscripts.getItem(a[1], self(a).engine().randbelow(size));
        });
        d.method(type, "shuffle(self, x)", a -> {
            shuffle(self(a).engine(), a[1], t);
            return PNone.NONE;
        });
        d.method(type, "sample(self, population, k, *, counts=None)", a ->
                sample(self(a).engine(), a[1], a[2], a[3], t));
        d.method(type, "choices(self, population, weights=None, *, cum_weights=None, k=1)", a ->
                choices(self(a).engine(), a[1], a[2], a[3], a[4], t));
    }

    /** Fisher-Yates from the end, as {@code random.py} swaps: {@code x[i], x[j] = x[j], x[i]}. */
    private static void shuffle(Random engine, Object x, BuiltinTypes t) {
        if (x instanceof PList list && list.getPythonClass() == t.listType) {
            Object[] items = list.snapshot();
            engine.shuffle(items);
            list.replaceAll(items);
            return;
        }
        int[] partners = engine.shuffleSwaps((int) Math.min(Containers.length(x), Integer.MAX_VALUE));
        for (int i = partners.length - 1; i > 0; i--) {
            long j = partners[i];
            Object atI = Subscripts.getItem(x, (long) i);
            Object atJ = Subscripts.getItem(x, j);
            Subscripts.setItem(x, (long) i, atJ);
            Subscripts.setItem(x, j, atI);
        }
    }

    private static Object sample(Random engine, Object population, Object kArgument, Object counts, BuiltinTypes t) {
        if (!RandomArguments.isSequence(population)) {
            throw PythonErrors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Containers.length(population);
        if (counts != PNone.NONE) {
            List<Object> cumulative = RandomArguments.accumulate(counts);
            if (cumulative.size() != n) {
                throw PythonErrors.valueError("The number of counts does not match the population");
            }
            Object total = cumulative.remove(cumulative.size() - 1);
            if (Numbers.intValueOrNull(total) == null) {
                throw PythonErrors.typeError("Counts must be integers");
            }
            BigInteger totalCount = IntOps.big(Numbers.intValueOrNull(total));
            if (totalCount.signum() <= 0) {
                throw PythonErrors.valueError("Total of counts must be greater than zero");
            }
            if (totalCount.bitLength() > 63) {
                throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
            }
            long[] selections = engine.sampleIndices(totalCount.longValue(), sampleSize(kArgument, totalCount.longValue()));
            Object[] result = new Object[selections.length];
            for (int i = 0; i < selections.length; i++) {
                result[i] = Subscripts.getItem(population, (long) bisectRight(cumulative, selections[i]));
            }
            return new PList(t.listType, result);
        }
        long[] indices = engine.sampleIndices(n, sampleSize(kArgument, n));
        Object[] result = new Object[indices.length];
        for (int i = 0; i < indices.length; i++) {
            result[i] = Subscripts.getItem(population, indices[i]);
        }
        return new PList(t.listType, result);
    }

    /** {@code k} checked as {@code 0 <= k <= n} and then used as a list length. */
    private static int sampleSize(Object k, long n) {
        if (Numbers.intValueOrNull(k) == null) {
            if (!Comparisons.test(0L, k, Comparisons.Op.LE) || !Comparisons.test(k, n, Comparisons.Op.LE)) {
                throw PythonErrors.valueError("Sample larger than population or is negative");
            }
            throw PythonErrors.typeError("can't multiply sequence by non-int of type '" + TypeOf.name(k) + "'");
        }
        BigInteger size = IntOps.big(Numbers.intValueOrNull(k));
        if (size.signum() < 0 || size.compareTo(BigInteger.valueOf(n)) > 0) {
            throw PythonErrors.valueError("Sample larger than population or is negative");
        }
        return size.intValueExact();
    }

    /** {@code bisect.bisect_right(cumulative, x)} with Python comparisons. */
    private static int bisectRight(List<Object> cumulative, long x) {
        int lo = 0;
        int hi = cumulative.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Comparisons.test(x, cumulative.get(mid), Comparisons.Op.LT)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static Object choices(Random engine, Object population, Object weights, Object cumWeights, Object kArgument,
                                  BuiltinTypes t) {
        SequenceView items = new SequenceView(population);
        List<Number> cumulative = null;
        if (cumWeights == PNone.NONE) {
            if (weights != PNone.NONE) {
                if (!Iteration.isIterable(weights) && Numbers.intValueOrNull(weights) != null) {
                    throw PythonErrors.typeError("The number of choices must be a keyword argument: k="
                            + Reprs.repr(weights));
                }
                cumulative = weightsAsNumbers(RandomArguments.accumulate(weights));
            }
        } else {
            if (weights != PNone.NONE) {
                throw PythonErrors.typeError("Cannot specify both weights and cumulative weights");
            }
            cumulative = weightsAsNumbers(List.of(Iteration.toArray(cumWeights)));
        }
        int k = Math.max(0, RandomArguments.count(kArgument));
        List<Object> chosen = engine.choices(items, null, cumulative, k);
        return new PList(t.listType, chosen.toArray());
    }

    /** The cumulative weights as numbers, after Python's own {@code total + 0.0} check of the last one. */
    private static List<Number> weightsAsNumbers(List<Object> cumulative) {
        Object last = cumulative.isEmpty() ? null : cumulative.get(cumulative.size() - 1);
        if (last != null && !Numbers.isRealNumber(last)) {
            Operators.binary(last, 0.0, BinaryOp.ADD);
        }
        return RandomArguments.numbers(cumulative);
    }

    private static void defineDistributions(BuiltinDefiner d, PythonClass type) {
        d.method(type, "uniform(self, a, b)", a ->
                self(a).engine().uniform(RandomArguments.real(a[1]), RandomArguments.real(a[2])));
        d.method(type, "triangular(self, low=0.0, high=1.0, mode=None)", a -> {
            double low = RandomArguments.real(a[1]);
            double high = RandomArguments.real(a[2]);
            Double mode = RandomArguments.optionalReal(a[3]);
            double result = self(a).engine().triangular(low, high, mode);
            // With a mode and no width CPython returns low itself (an int stays an int).
            return mode != null && high == low ? a[1] : result;
        });
        d.method(type, "normalvariate(self, mu=0.0, sigma=1.0)", a ->
                self(a).engine().normalvariate(RandomArguments.real(a[1]), RandomArguments.real(a[2])));
        d.method(type, "gauss(self, mu=0.0, sigma=1.0)", a ->
                self(a).engine().gauss(RandomArguments.real(a[1]), RandomArguments.real(a[2])));
        d.method(type, "lognormvariate(self, mu, sigma)", a ->
                self(a).engine().lognormvariate(RandomArguments.real(a[1]), RandomArguments.real(a[2])));
        d.method(type, "expovariate(self, lambd)", a -> self(a).engine().expovariate(RandomArguments.real(a[1])));
        d.method(type, "vonmisesvariate(self, mu, kappa)", a ->
                self(a).engine().vonmisesvariate(RandomArguments.real(a[1]), RandomArguments.real(a[2])));
        d.method(type, "gammavariate(self, alpha, beta)", a ->
                self(a).engine().gammavariate(RandomArguments.real(a[1]), RandomArguments.real(a[2])));
        d.method(type, "betavariate(self, alpha, beta)", a ->
                self(a).engine().betavariate(RandomArguments.real(a[1]), RandomArguments.real(a[2])));
        d.method(type, "paretovariate(self, alpha)", a -> self(a).engine().paretovariate(RandomArguments.real(a[1])));
        d.method(type, "weibullvariate(self, alpha, beta)", a ->
                self(a).engine().weibullvariate(RandomArguments.real(a[1]), RandomArguments.real(a[2])));
    }
}
