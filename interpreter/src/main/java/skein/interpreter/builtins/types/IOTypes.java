package skein.interpreter.builtins.types;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Numbers;

/** What the text and binary stream types share: their {@code _io} naming and size arguments. */
final class IOTypes {

    private IOTypes() {
    }

    /** A type of the {@code _io} module, registered as {@code _io.Name}. */
    static PythonClass make(BuiltinTypes t, String name) {
        PythonClass type = t.define("_io." + name, null, true);
        type.setName(name);
        type.setQualname(name);
        type.getNamespace().setItem("__module__", "_io");
        return type;
    }

    /** A {@code size} argument: None or negative means "all". */
    static long size(Object size) {
        return size == PNone.NONE ? -1 : Numbers.indexAsLong(size);
    }
}
