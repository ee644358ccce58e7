package skein.stdlib.collections;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.BundledSource;
import skein.stdlib.Constructors;


/**
 * The {@code collections} module: {@code deque} and {@code namedtuple} in Java; the mapping
 * types ({@code defaultdict}, {@code OrderedDict}, {@code Counter}, {@code ChainMap}) in Python
 * ({@code mappings.py}), as classes made at run time over dict.
 */
public final class CollectionsModule implements NativeModule {

    private static final String MAPPINGS = BundledSource.read(CollectionsModule.class, "mappings.py");

    @Override
    public String name() {
        return "collections";
    }

    @Override
    public void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        BuiltinDefiner d = m.definer();
        DequeType.define(m);

        PythonClass tupleGetter = m.type("_tuplegetter", null, false);
        d.staticMethod(tupleGetter, "__new__(cls, index, doc, /)", a ->
                new TupleGetter(Constructors.subtype(a[0], tupleGetter), Numbers.asInt(a[1]), a[2]));
        d.method(tupleGetter, "__get__(self, instance, owner=None, /)", a -> {
            TupleGetter getter = (TupleGetter) a[0];
            if (a[1] == PNone.NONE) {
                return getter;
            }
            if (!(a[1] instanceof PTuple tuple)) {
                throw PythonErrors.typeError("descriptor for index '" + getter.index()
                        + "' for tuple subclasses doesn't apply to '" + TypeOf.name(a[1]) + "' object");
            }
            if (getter.index() >= tuple.size()) {
                throw PythonErrors.indexError("tuple index out of range");
            }
            return tuple.get(getter.index());
        });
        d.method(tupleGetter, "__set__(self, instance, value, /)", a -> {
            throw PythonErrors.attributeError("can't set attribute");
        });
        d.method(tupleGetter, "__delete__(self, instance, /)", a -> {
            throw PythonErrors.attributeError("can't delete attribute");
        });
        d.getSet(tupleGetter, "__doc__", self -> ((TupleGetter) self).doc(),
                (self, value) -> ((TupleGetter) self).setDoc(value == null ? PNone.NONE : value));

        NamedTuples factory = new NamedTuples(m, tupleGetter);
        m.function("namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)",
                a -> factory.create(a[0], a[1], Truthiness.isTrue(a[2]), a[3], a[4]));
        m.function("_count_elements(mapping, iterable, /)", a -> {
            CountElements.count(a[0], a[1], t);
            return PNone.NONE;
        });
    }

    @Override
    public String pythonSource() {
        return MAPPINGS;
    }
}
