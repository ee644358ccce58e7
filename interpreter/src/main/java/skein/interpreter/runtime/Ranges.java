package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBigRange;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PRange;
import skein.interpreter.objects.PSlice;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.objects.iterators.PBigRangeIterator;
import skein.interpreter.objects.iterators.PRangeIterator;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * The arithmetic of {@code range} objects, for both representations: {@link PRange} when every
 * value fits in a long, {@link PBigRange} otherwise. Values go in and out as Python ints.
 */
public final class Ranges {

    /** CPython's type for iterating a range that does not fit in C longs. */
    public static final String BIG_ITERATOR_TYPE = "longrange_iterator";

    private Ranges() {
    }

    public static boolean isRange(Object value) {
        return value instanceof PRange || value instanceof PBigRange;
    }

    /** {@code range(start, stop, step)} for Python ints, {@code step} not zero. */
    @TruffleBoundary
    public static PythonObject make(BuiltinTypes types, Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c && c != Long.MIN_VALUE
                && fitsDifference(a, b)) {
            return new PRange(types.rangeType, a, b, c);
        }
        BigInteger bigStart = IntOps.big(start);
        BigInteger bigStop = IntOps.big(stop);
        BigInteger bigStep = IntOps.big(step);
        return new PBigRange(types.rangeType, bigStart, bigStop, bigStep, lengthOf(bigStart, bigStop, bigStep));
    }

    /** Whether {@code b - a} fits in a long, which keeps {@link PRange}'s length arithmetic exact. */
    private static boolean fitsDifference(long a, long b) {
        long d = b - a;
        return ((b ^ a) & (b ^ d)) >= 0;
    }

    private static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger lo = start;
        BigInteger hi = stop;
        BigInteger by = step;
        if (by.signum() < 0) {
            lo = stop;
            hi = start;
            by = by.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(by).add(BigInteger.ONE);
    }

    public static Object start(Object range) {
        return range instanceof PRange r ? (Object) r.start() : IntOps.normalize(((PBigRange) range).start());
    }

    public static Object stop(Object range) {
        return range instanceof PRange r ? (Object) r.stop() : IntOps.normalize(((PBigRange) range).stop());
    }

    public static Object step(Object range) {
        return range instanceof PRange r ? (Object) r.step() : IntOps.normalize(((PBigRange) range).step());
    }

    public static Object length(Object range) {
        return range instanceof PRange r ? (Object) r.length() : IntOps.normalize(((PBigRange) range).length());
    }

    public static boolean isEmpty(Object range) {
        return range instanceof PRange r ? r.length() == 0 : ((PBigRange) range).length().signum() == 0;
    }

    /** {@code len(range)}, with CPython's OverflowError beyond a ssize_t. */
    @TruffleBoundary
    public static long lengthAsLong(Object range) {
        if (length(range) instanceof Long n) {
            return n;
        }
        throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** {@code range[key]} for an index or a slice. */
    @TruffleBoundary
    public static Object getItem(Object range, Object key) {
        if (key instanceof PSlice slice) {
            return slice(range, slice);
        }
        if (Numbers.intValueOrNull(key) == null && TypeOf.get(key).lookup("__index__") == null) {
            throw PythonErrors.typeError("range indices must be integers or slices, not " + TypeOf.name(key));
        }
        return item(range, Numbers.index(key));
    }

    /** The element at a Python-int index, negative counting from the end. */
    @TruffleBoundary
    public static Object item(Object range, Object index) {
        if (range instanceof PRange r && index instanceof Long l) {
            long i = l < 0 ? l + r.length() : l;
            if (i < 0 || i >= r.length()) {
                throw PythonErrors.indexError("range object index out of range");
            }
            return r.element(i);
        }
        BigInteger length = IntOps.big(length(range));
        BigInteger i = IntOps.big(index);
        if (i.signum() < 0) {
            i = i.add(length);
        }
        if (i.signum() < 0 || i.compareTo(length) >= 0) {
            throw PythonErrors.indexError("range object index out of range");
        }
        return IntOps.normalize(elementAt(range, i));
    }

    private static BigInteger elementAt(Object range, BigInteger i) {
        return IntOps.big(start(range)).add(i.multiply(IntOps.big(step(range))));
    }

    /** {@code range[a:b:c]}: another range, over the selected positions' values. */
    @TruffleBoundary
    public static PythonObject slice(Object range, PSlice slice) {
        SliceBounds bounds = SliceBounds.of(slice, length(range));
        Object start = IntOps.normalize(elementAt(range, IntOps.big(bounds.start())));
        Object stop = IntOps.normalize(elementAt(range, IntOps.big(bounds.stop())));
        Object step = IntOps.mul(bounds.step(), step(range));
        return make(SkeinLanguage.types(), start, stop, step);
    }

    /** {@code item in range}: arithmetic for ints and bools, a search by {@code ==} for anything else. */
    @TruffleBoundary
    public static boolean contains(Object range, Object item) {
        if (!isExactInt(item)) {
            return search(range, item) >= 0;
        }
        Object value = IntOps.asIntValue(item);
        if (range instanceof PRange r && value instanceof Long l) {
            long v = l;
            if (r.step() > 0 ? (v < r.start() || v >= r.stop()) : (v > r.start() || v <= r.stop())) {
                return false;
            }
            return Math.floorMod(v - r.start(), r.step()) == 0;
        }
        BigInteger v = IntOps.big(value);
        BigInteger start = IntOps.big(start(range));
        BigInteger stop = IntOps.big(stop(range));
        BigInteger step = IntOps.big(step(range));
        boolean inside = step.signum() > 0
                ? start.compareTo(v) <= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && stop.compareTo(v) < 0;
        return inside && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    /** {@code range.index(item)}. */
    @TruffleBoundary
    public static Object index(Object range, Object item) {
        if (!isExactInt(item)) {
            long found = search(range, item);
            if (found < 0) {
                throw PythonErrors.valueError("sequence.index(x): x not in sequence");
            }
            return found;
        }
        if (!contains(range, item)) {
            throw PythonErrors.valueError(Reprs.repr(item) + " is not in range");
        }
        return IntOps.normalize(IntOps.big(IntOps.asIntValue(item)).subtract(IntOps.big(start(range)))
                .divide(IntOps.big(step(range))));
    }

    /** {@code range.count(item)}. */
    @TruffleBoundary
    public static long count(Object range, Object item) {
        if (isExactInt(item)) {
            return contains(range, item) ? 1 : 0;
        }
        long n = 0;
        Object iterator = iterator(range);
        Object value;
        while ((value = Iteration.next(iterator)) != null) {
            if (Comparisons.equal(value, item)) {
                n++;
            }
        }
        return n;
    }

    /** CPython does arithmetic only for exact ints and bools; instances of int subclasses are searched for. */
    private static boolean isExactInt(Object item) {
        return item instanceof Long || item instanceof BigInteger || item instanceof Boolean;
    }

    private static long search(Object range, Object item) {
        Object iterator = iterator(range);
        long position = 0;
        Object value;
        while ((value = Iteration.next(iterator)) != null) {
            if (Comparisons.equal(value, item)) {
                return position;
            }
            position++;
        }
        return -1;
    }

    @TruffleBoundary
    public static Object iterator(Object range) {
        BuiltinTypes types = SkeinLanguage.types();
        if (range instanceof PRange r) {
            return new PRangeIterator(types.rangeIteratorType, r.start(), r.step(), r.length());
        }
        PBigRange r = (PBigRange) range;
        return new PBigRangeIterator(types.other(BIG_ITERATOR_TYPE), r.start(), r.step(), r.length());
    }

    /** {@code reversed(range)}: from the last element down, by the negated step. */
    @TruffleBoundary
    public static Object reversedIterator(Object range) {
        BuiltinTypes types = SkeinLanguage.types();
        if (range instanceof PRange r) {
            long last = r.length() == 0 ? r.start() : r.element(r.length() - 1);
            return new PRangeIterator(types.rangeIteratorType, last, -r.step(), r.length());
        }
        PBigRange r = (PBigRange) range;
        BigInteger last = r.start().add(r.length().subtract(BigInteger.ONE).multiply(r.step()));
        return new PBigRangeIterator(types.other(BIG_ITERATOR_TYPE), last, r.step().negate(), r.length());
    }

    /** Ranges are equal when they produce the same sequence of values. */
    @TruffleBoundary
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (IntOps.compare(length(a), length(b)) != 0) {
            return false;
        }
        if (isEmpty(a)) {
            return true;
        }
        if (IntOps.compare(start(a), start(b)) != 0) {
            return false;
        }
        if (IntOps.compare(length(a), 1L) == 0) {
            return true;
        }
        return IntOps.compare(step(a), step(b)) == 0;
    }

    /** Consistent with {@link #equal}: the hash of (len, start, step), with None for what does not matter. */
    @TruffleBoundary
    public static long hash(Object range) {
        BuiltinTypes types = SkeinLanguage.types();
        Object length = length(range);
        Object start = isEmpty(range) ? PNone.NONE : start(range);
        Object step = IntOps.compare(length, 1L) <= 0 ? PNone.NONE : step(range);
        return Hashing.hashTuple(new PTuple(types.tupleType, new Object[]{length, start, step}));
    }

    @TruffleBoundary
    public static String repr(Object range) {
        Object step = step(range);
        String bounds = "range(" + start(range) + ", " + stop(range);
        return IntOps.compare(step, 1L) == 0 ? bounds + ")" : bounds + ", " + step + ")";
    }
}
