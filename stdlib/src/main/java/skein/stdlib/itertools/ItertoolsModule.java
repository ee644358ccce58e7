package skein.stdlib.itertools;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.builtins.types.IteratorMethods;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.Constructors;

import java.math.BigInteger;

/**
 * The {@code itertools} module: each iterator is a Java {@link LockedIterator} with a type of
 * its own, lazy as in CPython ({@code count}, {@code cycle} and {@code repeat} never end).
 */
public final class ItertoolsModule implements NativeModule {

    @Override
    public String name() {
        return "itertools";
    }

    @Override
    public void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        BuiltinDefiner d = m.definer();
        PythonClass tuple = t.tupleType;

        PythonClass count = iteratorType(m, "count");
        d.staticMethod(count, "__new__(cls, start=0, step=1)", a -> new Count(Constructors.subtype(a[0], count), a[1], a[2]));
        d.method(count, "__repr__(self, /)", a -> ((Count) a[0]).repr());

        PythonClass cycle = iteratorType(m, "cycle");
        d.staticMethod(cycle, "__new__(cls, iterable, /)", a -> new Cycle(Constructors.subtype(a[0], cycle), a[1]));

        PythonClass repeat = iteratorType(m, "repeat");
        d.staticMethod(repeat, "__new__(cls, object, times=?)", a -> new Repeat(Constructors.subtype(a[0], repeat), a[1], times(a[2])));
        d.method(repeat, "__repr__(self, /)", a -> ((Repeat) a[0]).repr());
        d.method(repeat, "__length_hint__(self, /)", a -> {
            Repeat r = (Repeat) a[0];
            if (r.isEndless()) {
                throw PythonErrors.typeError("len() of unsized object");
            }
            return r.remaining();
        });

        PythonClass chain = iteratorType(m, "chain");
        d.staticMethod(chain, "__new__(cls, /, *iterables)", a -> new Chain(Constructors.subtype(a[0], chain), a[1]));
        d.classMethod(chain, "from_iterable(cls, iterable, /)", a -> new Chain((PythonClass) a[0], a[1]));

        PythonClass islice = iteratorType(m, "islice");
        d.staticMethod(islice, "__new__(cls, iterable, /, *args)", a -> {
            Object[] bounds = ((PTuple) a[2]).items();
            if (bounds.length == 0) {
                throw PythonErrors.typeError("islice expected at least 2 arguments, got 1");
            }
            if (bounds.length > 3) {
                throw PythonErrors.typeError("islice expected at most 4 arguments, got " + (bounds.length + 1));
            }
            return new ISlice(Constructors.subtype(a[0], islice), a[1], bounds);
        });

        PythonClass product = iteratorType(m, "product");
        d.staticMethod(product, "__new__(cls, /, *iterables, repeat=1)", a -> {
            long times = Numbers.indexAsLong(a[2]);
            if (times < 0) {
                throw PythonErrors.valueError("repeat argument cannot be negative");
            }
            Object[] iterables = ((PTuple) a[1]).items();
            if (iterables.length > 0 && times > Integer.MAX_VALUE / iterables.length) {
                throw PythonErrors.overflowError("repeat argument too large");
            }
            return new Product(Constructors.subtype(a[0], product), iterables, (int) times, tuple);
        });

        PythonClass permutations = iteratorType(m, "permutations");
        d.staticMethod(permutations, "__new__(cls, iterable, r=None)", a -> {
            Object[] pool = Iteration.toArray(a[1]);
            int r = a[2] == PNone.NONE ? pool.length : permutationSize(a[2]);
            return new Permutations(Constructors.subtype(a[0], permutations), pool, r, tuple);
        });

        PythonClass combinations = iteratorType(m, "combinations");
        d.staticMethod(combinations, "__new__(cls, iterable, r)", a ->
                new Combinations(Constructors.subtype(a[0], combinations), Iteration.toArray(a[1]), choiceSize(a[2]), false, tuple));
        PythonClass withReplacement = iteratorType(m, "combinations_with_replacement");
        d.staticMethod(withReplacement, "__new__(cls, iterable, r)", a ->
                new Combinations(Constructors.subtype(a[0], withReplacement), Iteration.toArray(a[1]), choiceSize(a[2]), true, tuple));

        PythonClass grouper = iteratorType(m, "_grouper");
        PythonClass groupby = iteratorType(m, "groupby");
        d.staticMethod(groupby, "__new__(cls, iterable, key=None)", a ->
                new GroupBy(Constructors.subtype(a[0], groupby), a[1], a[2], grouper, tuple));

        PythonClass accumulate = iteratorType(m, "accumulate");
        d.staticMethod(accumulate, "__new__(cls, iterable, func=None, *, initial=None)", a ->
                new Accumulate(Constructors.subtype(a[0], accumulate), a[1], a[2], a[3]));

        PythonClass compress = iteratorType(m, "compress");
        d.staticMethod(compress, "__new__(cls, data, selectors)", a -> new Compress(Constructors.subtype(a[0], compress), a[1], a[2]));
        PythonClass dropwhile = iteratorType(m, "dropwhile");
        d.staticMethod(dropwhile, "__new__(cls, predicate, iterable, /)", a -> new DropWhile(Constructors.subtype(a[0], dropwhile), a[1], a[2]));
        PythonClass takewhile = iteratorType(m, "takewhile");
        d.staticMethod(takewhile, "__new__(cls, predicate, iterable, /)", a -> new TakeWhile(Constructors.subtype(a[0], takewhile), a[1], a[2]));
        PythonClass filterfalse = iteratorType(m, "filterfalse");
        d.staticMethod(filterfalse, "__new__(cls, function, iterable, /)", a -> new FilterFalse(Constructors.subtype(a[0], filterfalse), a[1], a[2]));
        PythonClass starmap = iteratorType(m, "starmap");
        d.staticMethod(starmap, "__new__(cls, function, iterable, /)", a -> new StarMap(Constructors.subtype(a[0], starmap), a[1], a[2]));

        PythonClass zipLongest = iteratorType(m, "zip_longest");
        d.staticMethod(zipLongest, "__new__(cls, /, *iterables, fillvalue=None)", a ->
                new ZipLongest(Constructors.subtype(a[0], zipLongest), ((PTuple) a[1]).items(), a[2], tuple));
        PythonClass pairwise = iteratorType(m, "pairwise");
        d.staticMethod(pairwise, "__new__(cls, iterable, /)", a -> new Pairwise(Constructors.subtype(a[0], pairwise), a[1], tuple));

        PythonClass tee = iteratorType(m, "_tee");
        d.staticMethod(tee, "__new__(cls, iterable, /)", a -> Tee.over(Constructors.subtype(a[0], tee), Iteration.getIterator(a[1])));
        d.method(tee, "__copy__(self, /)", a -> ((Tee) a[0]).copy());
        m.function("tee(iterable, n=2, /)", a -> tee(a[0], a[1], tee, tuple));
    }

    private static PythonClass iteratorType(ModuleBuilder m, String name) {
        PythonClass type = m.type(name, null, false);
        IteratorMethods.defineFor(m.definer(), type);
        return type;
    }

    /** {@code repeat}'s times: endless (-1) when omitted, none when negative. */
    private static long times(Object times) {
        if (times == Missing.INSTANCE) {
            return -1;
        }
        Object value = Numbers.index(times);
        if (value instanceof BigInteger big) {
            if (big.signum() < 0) {
                return 0;
            }
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return Math.max(0, (Long) value);
    }

    /** The r of combinations: a non-negative index. */
    private static int choiceSize(Object r) {
        return nonNegativeSize(Numbers.index(r));
    }

    /** The r of permutations: an int proper, not merely an index. */
    private static int permutationSize(Object r) {
        Object value = Numbers.intValueOrNull(r);
        if (value == null) {
            throw PythonErrors.typeError("Expected int as r");
        }
        return nonNegativeSize(value);
    }

    private static int nonNegativeSize(Object value) {
        if (IntOps.compare(value, 0L) < 0) {
            throw PythonErrors.valueError("r must be non-negative");
        }
        if (!(value instanceof Long l) || l > Integer.MAX_VALUE) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) (long) l;
    }

    /** {@code tee(iterable, n=2)}: n independent iterators over one source. */
    private static PTuple tee(Object iterable, Object n, PythonClass teeType, PythonClass tupleType) {
        long count = Numbers.indexAsLong(n);
        if (count < 0) {
            throw PythonErrors.valueError("n must be >= 0");
        }
        Object[] tees = new Object[(int) Math.min(count, Integer.MAX_VALUE)];
        if (tees.length == 0) {
            return new PTuple(tupleType, tees);
        }
        Object iterator = Iteration.getIterator(iterable);
        Object first = TypeOf.get(iterator).lookup("__copy__") != null ? iterator : Tee.over(teeType, iterator);
        tees[0] = first;
        for (int i = 1; i < tees.length; i++) {
            tees[i] = first instanceof Tee t ? t.copy() : Calls.callMethod(first, "__copy__");
        }
        return new PTuple(tupleType, tees);
    }
}
