package skein.stdlib.random;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PRange;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/** The random module's readings of Python arguments, with the errors {@code random.py} raises. */
final class RandomArguments {

    private RandomArguments() {
    }

    /**
     * A randrange argument as an int: ints as they are; anything else through {@code int()},
     * accepted (with CPython's deprecation) only when that leaves its value unchanged.
     */
    static BigInteger rangeInt(Object value, String which) {
        try {
            return IntOps.big(Numbers.index(value));
        } catch (PException e) {
            if (!e.pythonClass().isSubclassOf(SkeinLanguage.types().typeError)) {
                throw e;
            }
        }
        Double asFloat = Numbers.floatValueOrNull(value);
        if (asFloat != null) {
            return integralFloat(asFloat, which);
        }
        Object asInt = Calls.call(SkeinLanguage.types().intType, value);
        if (!Comparisons.equal(asInt, value)) {
            throw PythonErrors.valueError("non-integer " + which + " for randrange()");
        }
        return IntOps.big(Numbers.index(asInt));
    }

    /** {@code int(x)} of a float, which must not change its value. */
    private static BigInteger integralFloat(double value, String which) {
        if (Double.isNaN(value)) {
            throw PythonErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(value)) {
            throw PythonErrors.overflowError("cannot convert float infinity to integer");
        }
        if (value != Math.rint(value)) {
            throw PythonErrors.valueError("non-integer " + which + " for randrange()");
        }
        return new BigDecimal(value).toBigIntegerExact();
    }

    /** A count such as {@code k}: an int (through {@code __index__}) that fits a Java int. */
    static int count(Object value) {
        Object n = Numbers.index(value);
        if (n instanceof Long l && l <= Integer.MAX_VALUE && l >= Integer.MIN_VALUE) {
            return (int) (long) l;
        }
        throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** Whether {@code sample} accepts the population: the builtin sequences and collections.abc.Sequence's kin. */
    static boolean isSequence(Object population) {
        if (population instanceof String || population instanceof PList || population instanceof PTuple
                || population instanceof PRange || population instanceof PBytes) {
            return true;
        }
        if (population instanceof PValueObject boxed && (boxed.value() instanceof String
                || boxed.value() instanceof PBytes)) {
            return true;
        }
        for (PythonClass cls : TypeOf.get(population).getMro()) {
            Object module = cls.getNamespace().getItem("__module__");
            String name = cls.getName();
            if ("collections.abc".equals(module) && (name.equals("Sequence") || name.equals("MutableSequence"))
                    || "collections".equals(module) && name.equals("deque")) {
                return true;
            }
        }
        return false;
    }

    /** {@code list(itertools.accumulate(values))}: running sums with Python's {@code +}. */
    static List<Object> accumulate(Object values) {
        List<Object> sums = new ArrayList<>();
        Object sum = null;
        Object iterator = Iteration.getIterator(values);
        for (Object value = Iteration.next(iterator); value != null; value = Iteration.next(iterator)) {
            sum = sum == null ? value : add(sum, value);
            sums.add(sum);
        }
        return sums;
    }

    /** {@code a + b}, directly for ints and floats (the usual weights), by the operator protocol otherwise. */
    private static Object add(Object a, Object b) {
        Object intA = Numbers.intValueOrNull(a);
        Object intB = Numbers.intValueOrNull(b);
        if (intA != null && intB != null) {
            return IntOps.add(intA, intB);
        }
        Double floatA = Numbers.floatValueOrNull(a);
        Double floatB = Numbers.floatValueOrNull(b);
        if ((floatA != null || intA != null) && (floatB != null || intB != null) && (floatA != null || floatB != null)) {
            return PythonNumbers.toFloat(floatA != null ? floatA : (Number) intA)
                    + PythonNumbers.toFloat(floatB != null ? floatB : (Number) intB);
        }
        return Operators.binary(a, b, BinaryOp.ADD);
    }

    /** Python numbers as the engine's Java numbers: ints exact, everything else through {@code float()}. */
    static List<Number> numbers(List<Object> values) {
        List<Number> result = new ArrayList<>(values.size());
        for (Object value : values) {
            Object asInt = Numbers.intValueOrNull(value);
            if (asInt != null) {
                result.add((Number) asInt);
            } else {
                result.add(Numbers.asDouble(value));
            }
        }
        return result;
    }

    /** A float argument of a distribution. */
    static double real(Object value) {
        return Numbers.asDouble(value);
    }

    /** An optional float argument (None for "not given"): null when absent. */
    static Double optionalReal(Object value) {
        return value == PNone.NONE || value == Missing.INSTANCE ? null : Numbers.asDouble(value);
    }
}
