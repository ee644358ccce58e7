package skein.stdlib.types;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

/** {@code types.MappingProxyType(mapping)}: a read-only view of a mapping. */
final class MappingProxy extends PythonObject {

    private final Object mapping;

    MappingProxy(PythonClass cls, Object mapping) {
        super(cls);
        this.mapping = mapping;
    }

    Object mapping() {
        return mapping;
    }
}
