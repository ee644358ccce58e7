package skein.stdlib.itertools;

import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code count(start=0, step=1)}: start, start+step, start+2*step, ... without end. */
final class Count extends LockedIterator {

    private Object current;
    private final Object step;

    Count(PythonClass cls, Object start, Object step) {
        super(cls);
        if (!isNumber(start) || !isNumber(step)) {
            throw PythonErrors.typeError("a number is required");
        }
        this.current = start;
        this.step = step;
    }

    private static boolean isNumber(Object value) {
        if (Numbers.isRealNumber(value) || value instanceof PValueObject) {
            return true;
        }
        var type = TypeOf.get(value);
        return type.lookup("__index__") != null || type.lookup("__int__") != null || type.lookup("__float__") != null
                || type.lookup("__complex__") != null;
    }

    @Override
    protected Object advance() {
        Object value = current;
        current = add(current, step);
        return value;
    }

    private static Object add(Object a, Object b) {
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            return IntOps.add(IntOps.asIntValue(a), IntOps.asIntValue(b));
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        return Operators.binary(a, b, BinaryOp.ADD);
    }

    String repr() {
        synchronized (lock()) {
            boolean unitStep = step instanceof Long l && l == 1;
            return "count(" + Reprs.repr(current) + (unitStep ? "" : ", " + Reprs.repr(step)) + ")";
        }
    }
}
