package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigDecimal;

/**
 * Rich comparison: the {@code __eq__}/{@code __lt__}... protocol with reflected operands, the
 * identity fallback for {@code ==} and {@code !=}, and exact comparison between numbers of
 * different kinds (an int and a float compare as the exact values they are).
 */
public final class Comparisons {

    /** A comparison operator, its special method and the reflected one tried on the right operand. */
    public enum Op {
        EQ("__eq__", "==", 0), NE("__ne__", "!=", 1), LT("__lt__", "<", 4),
        LE("__le__", "<=", 5), GT("__gt__", ">", 2), GE("__ge__", ">=", 3);

        public final String method;
        public final String symbol;
        private final int reflectedIndex;

        Op(String method, String symbol, int reflectedIndex) {
            this.method = method;
            this.symbol = symbol;
            this.reflectedIndex = reflectedIndex;
        }

        public Op reflected() {
            return values()[reflectedIndex];
        }

        /** Whether {@code cmp} (negative, zero, positive) satisfies this operator. */
        public boolean test(int cmp) {
            return switch (this) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        }
    }

    private Comparisons() {
    }

    /** {@code a op b}: any object, usually a bool. */
    @TruffleBoundary
    public static Object compare(Object a, Object b, Op op) {
        Object result = nativeCompare(a, b, op);
        if (result != null) {
            return result;
        }
        return protocol(a, b, op);
    }

    /** {@code a == b} as containers use it: identity first, then {@code __eq__}, as a bool. */
    @TruffleBoundary
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return Truthiness.isTrue(compare(a, b, Op.EQ));
    }

    /** {@code bool(a op b)} without the identity shortcut: what sorting and min/max use. */
    @TruffleBoundary
    public static boolean test(Object a, Object b, Op op) {
        return Truthiness.isTrue(compare(a, b, op));
    }

    private static Object protocol(Object a, Object b, Op op) {
        PythonClass typeA = TypeOf.get(a);
        PythonClass typeB = TypeOf.get(b);
        Op reflected = op.reflected();
        boolean reflectedTried = false;
        if (typeA != typeB && typeB.isSubclassOf(typeA) && typeB.lookup(reflected.method) != null
                && typeB.lookup(reflected.method) != typeA.lookup(reflected.method)) {
            Object r = Calls.callSpecial(b, reflected.method, a);
            if (r != null && r != PNotImplemented.INSTANCE) {
                return r;
            }
            reflectedTried = true;
        }
        Object r = Calls.callSpecial(a, op.method, b);
        if (r != null && r != PNotImplemented.INSTANCE) {
            return r;
        }
        if (!reflectedTried) {
            r = Calls.callSpecial(b, reflected.method, a);
            if (r != null && r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (op == Op.EQ) {
            return a == b;
        } else if (op == Op.NE) {
            return a != b;
        }
        throw PythonErrors.typeError("'" + op.symbol + "' not supported between instances of '" + typeA.getTypeName()
                + "' and '" + typeB.getTypeName() + "'");
    }

    /**
     * Comparison of builtin values of exact builtin types, without special-method calls; null
     * when the operands are not such values.
     */
    @TruffleBoundary
    public static Boolean nativeCompare(Object a, Object b, Op op) {
        if (Numbers.isRealNumber(a) && Numbers.isRealNumber(b)) {
            return compareNumbers(a, b, op);
        }
        BuiltinTypes types = SkeinLanguage.types();
        if (a instanceof String sa && b instanceof String sb) {
            return op.test(StrOps.compare(sa, sb));
        }
        if (a == PNone.NONE && b == PNone.NONE) {
            if (op == Op.EQ || op == Op.NE) {
                return op == Op.EQ;
            }
            return null;
        }
        if (a instanceof PTuple ta && b instanceof PTuple tb
                && ta.getPythonClass() == types.tupleType && tb.getPythonClass() == types.tupleType) {
            return compareSequences(ta.items(), tb.items(), op);
        }
        if (a instanceof PList la && b instanceof PList lb
                && la.getPythonClass() == types.listType && lb.getPythonClass() == types.listType) {
            Object[] itemsA = la.snapshot();
            Object[] itemsB = lb.snapshot();
            if (itemsA.length != itemsB.length && (op == Op.EQ || op == Op.NE)) {
                return op == Op.NE;
            }
            return compareSequences(itemsA, itemsB, op);
        }
        if (a instanceof PDict da && b instanceof PDict db && (op == Op.EQ || op == Op.NE)
                && da.getPythonClass() == types.dictType && db.getPythonClass() == types.dictType) {
            return dictsEqual(da, db) == (op == Op.EQ);
        }
        if (a instanceof PBaseSet sa && b instanceof PBaseSet sb
                && TypeOf.get(a, types).isBuiltin() && TypeOf.get(b, types).isBuiltin()) {
            return compareSets(sa, sb, op);
        }
        return null;
    }

    public static boolean compareNumbers(Object a, Object b, Op op) {
        int cmp = numberCompare(a, b);
        return cmp == UNORDERED ? op == Op.NE : op.test(cmp);
    }

    /**
     * Three-way comparison of two real numbers; a NaN operand makes every ordering false and
     * only {@code !=} true, which the caller gets by testing against the sentinel below.
     */
    @TruffleBoundary
    private static int numberCompare(Object a, Object b) {
        if (a instanceof Double da) {
            if (b instanceof Double db) {
                return doubleCompare(da, db);
            }
            int reversed = intDoubleCompare(IntOps.asIntValue(b), da);
            return reversed == UNORDERED ? UNORDERED : -reversed;
        }
        if (b instanceof Double db) {
            return intDoubleCompare(IntOps.asIntValue(a), db);
        }
        return IntOps.compare(IntOps.asIntValue(a), IntOps.asIntValue(b));
    }

    /** NaN compares unequal to everything: a value that satisfies only {@code !=}. */
    private static final int UNORDERED = Integer.MIN_VALUE + 1;

    private static int doubleCompare(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return UNORDERED;
        }
        return a < b ? -1 : (a > b ? 1 : 0);
    }

    private static int intDoubleCompare(Object i, double d) {
        if (Double.isNaN(d)) {
            return UNORDERED;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i instanceof Long l && Math.abs(l) < (1L << 53)) {
            return doubleCompare(l, d);
        }
        return new BigDecimal(IntOps.big(i)).compareTo(new BigDecimal(d));
    }

    /** Lexicographic comparison of two sequences' items, as lists and tuples compare. */
    @TruffleBoundary
    public static boolean compareSequences(Object[] a, Object[] b, Op op) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (!equal(a[i], b[i])) {
                if (op == Op.EQ) {
                    return false;
                } else if (op == Op.NE) {
                    return true;
                }
                return test(a[i], b[i], op);
            }
        }
        return op.test(Integer.compare(a.length, b.length));
    }

    /** Dicts are equal when they have the same keys, mapped to equal values. */
    @TruffleBoundary
    public static boolean dictsEqual(PDict a, PDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (PDict.Entry e : a.entrySnapshot()) {
            Object other = b.getItem(e.key);
            if (other == null || !equal(e.value(), other)) {
                return false;
            }
        }
        return true;
    }

    private static Boolean compareSets(PBaseSet a, PBaseSet b, Op op) {
        return switch (op) {
            case EQ -> a.size() == b.size() && isSubset(a, b);
            case NE -> !(a.size() == b.size() && isSubset(a, b));
            case LE -> isSubset(a, b);
            case LT -> a.size() < b.size() && isSubset(a, b);
            case GE -> isSubset(b, a);
            case GT -> a.size() > b.size() && isSubset(b, a);
        };
    }

    public static boolean isSubset(PBaseSet a, PBaseSet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (Object item : a.elements()) {
            if (!b.contains(item)) {
                return false;
            }
        }
        return true;
    }
}
