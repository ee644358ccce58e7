package skein.stdlib.operator;

import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;

/** {@code operator.itemgetter(item, *items)}: {@code obj[item]}, or a tuple of several. */
final class ItemGetter extends PythonObject {

    private final Object[] items;

    ItemGetter(PythonClass cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    Object apply(Object obj, PythonClass tupleType) {
        if (items.length == 1) {
            return Subscripts.getItem(obj, items[0]);
        }
        Object[] values = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = Subscripts.getItem(obj, items[i]);
        }
        return new PTuple(tupleType, values);
    }

    String repr() {
        StringBuilder sb = new StringBuilder("operator.itemgetter(");
        for (int i = 0; i < items.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Reprs.repr(items[i]));
        }
        return sb.append(')').toString();
    }
}
