package skein.stdlib.math;

import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Operators;

/**
 * {@code math.prod(iterable, *, start=1)}: the product by the {@code *} operator, with direct
 * paths for exact ints and floats (objects of other types, subclasses included, multiply through
 * their own methods).
 */
final class Products {

    private Products() {
    }

    static Object prod(Object iterable, Object start) {
        Object iterator = Iteration.getIterator(iterable);
        Object product = start;
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            product = multiply(product, item);
        }
        return product;
    }

    private static Object multiply(Object a, Object b) {
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            return IntOps.mul(a, b);
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return x * y;
            } else if (b instanceof Long y) {
                return x * (double) y;
            }
        } else if (a instanceof Long x && b instanceof Double y) {
            return (double) x * y;
        }
        return Operators.binary(a, b, BinaryOp.MUL);
    }
}
