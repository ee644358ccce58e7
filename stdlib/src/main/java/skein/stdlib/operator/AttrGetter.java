package skein.stdlib.operator;

import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.StringRepr;

/**
 * {@code operator.attrgetter(attr, *attrs)}: {@code obj.attr}, following dotted names
 * ({@code 'a.b'} is {@code obj.a.b}), or a tuple of several.
 */
final class AttrGetter extends PythonObject {

    private final String[] names;
    /** Each name split at its dots, once. */
    private final String[][] paths;

    AttrGetter(PythonClass cls, Object[] names) {
        super(cls);
        this.names = new String[names.length];
        this.paths = new String[names.length][];
        for (int i = 0; i < names.length; i++) {
            if (!(names[i] instanceof String name)) {
                throw PythonErrors.typeError("attribute name must be a string");
            }
            this.names[i] = name;
            this.paths[i] = name.split("\\.", -1);
        }
    }

    Object apply(Object obj, PythonClass tupleType) {
        if (paths.length == 1) {
            return follow(obj, paths[0]);
        }
        Object[] values = new Object[paths.length];
        for (int i = 0; i < paths.length; i++) {
            values[i] = follow(obj, paths[i]);
        }
        return new PTuple(tupleType, values);
    }

    private static Object follow(Object obj, String[] path) {
        Object value = obj;
        for (String name : path) {
            value = Attributes.get(value, name);
        }
        return value;
    }

    String repr() {
        StringBuilder sb = new StringBuilder("operator.attrgetter(");
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(StringRepr.repr(names[i]));
        }
        return sb.append(')').toString();
    }
}
