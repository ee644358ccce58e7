package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PMappingProxy;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.ClassCreation;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;


/** {@code type}: classes as objects, and making new ones. */
final class TypeMethods {

    private TypeMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass type = t.typeType;
        d.staticMethod(type, "__new__(cls, /, *args, **kwargs)", a -> {
            PythonClass metaclass = asClass(a[0], "type.__new__(X): X is not a type object");
            PTuple args = (PTuple) a[1];
            PDict kwargs = (PDict) a[2];
            if (metaclass == type && args.size() == 1 && kwargs.size() == 0) {
                return TypeOf.get(args.get(0));
            }
            if (args.size() != 3) {
                throw PythonErrors.typeError("type() takes 1 or 3 arguments");
            }
            if (!(args.get(0) instanceof String name)) {
                throw PythonErrors.typeError("type.__new__() argument 1 must be str, not " + TypeOf.name(args.get(0)));
            }
            if (!(args.get(1) instanceof PTuple bases)) {
                throw PythonErrors.typeError("type.__new__() argument 2 must be tuple, not " + TypeOf.name(args.get(1)));
            }
            if (!(args.get(2) instanceof PDict namespace)) {
                throw PythonErrors.typeError("type.__new__() argument 3 must be dict, not " + TypeOf.name(args.get(2)));
            }
            Object[] keys = kwargs.keys();
            String[] names = new String[keys.length];
            Object[] values = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                names[i] = (String) keys[i];
                values[i] = kwargs.getItem(keys[i]);
            }
            return ClassCreation.newType(metaclass, name, bases, namespace, names, values);
        });
        d.method(type, "__init__(self, /, *args, **kwargs)", a -> {
            int n = ((PTuple) a[1]).size();
            if (n != 1 && n != 3) {
                throw PythonErrors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PNone.NONE;
        });
        d.method(type, "__call__(self, /, *args, **kwargs)", a -> {
            PDict kwargs = (PDict) a[2];
            Object[] keys = kwargs.keys();
            String[] names = null;
            Object[] values = null;
            if (keys.length > 0) {
                names = new String[keys.length];
                values = new Object[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    names[i] = (String) keys[i];
                    values[i] = kwargs.getItem(keys[i]);
                }
            }
            return Calls.typeCall((PythonClass) a[0], ((PTuple) a[1]).items(), names, values);
        });
        d.method(type, "__repr__(self, /)", a -> "<class '" + Reprs.qualifiedName((PythonClass) a[0]) + "'>");
        d.method(type, "__getattribute__(self, name, /)", a -> {
            String name = Attributes.nameArgument(a[1]);
            Object value = Attributes.classGet((PythonClass) a[0], name);
            if (value == null) {
                throw Attributes.noAttribute(a[0], name);
            }
            return value;
        });
        d.method(type, "__setattr__(self, name, value, /)", a -> {
            Attributes.nativeSet(a[0], TypeOf.get(a[0]), Attributes.nameArgument(a[1]), a[2]);
            return PNone.NONE;
        });
        d.method(type, "__delattr__(self, name, /)", a -> {
            Attributes.nativeSet(a[0], TypeOf.get(a[0]), Attributes.nameArgument(a[1]), null);
            return PNone.NONE;
        });
        d.method(type, "mro(self, /)", a -> new PList(t.listType, ((PythonClass) a[0]).getMro().clone()));
        d.method(type, "__subclasses__(self, /)",
                a -> new PList(t.listType, ((PythonClass) a[0]).liveSubclasses().toArray()));
        d.method(type, "__instancecheck__(self, instance, /)", a -> TypeOf.get(a[1]).isSubclassOf((PythonClass) a[0]));
        d.method(type, "__subclasscheck__(self, subclass, /)",
                a -> asClass(a[1], "issubclass() arg 1 must be a class").isSubclassOf((PythonClass) a[0]));
        d.method(type, "__dir__(self, /)", a -> new PList(t.listType, ObjectMethods.directory(a[0]).toArray()));
        d.classMethod(type, "__prepare__(cls, /, *args, **kwargs)", a -> new PDict(t.dictType));
        UnionTypeMethods.defineOr(d, type);
        d.getSet(type, "__name__", self -> ((PythonClass) self).getName(), (self, value) -> {
            PythonClass cls = (PythonClass) self;
            if (cls.isBuiltin()) {
                throw PythonErrors.typeError("cannot set '__name__' attribute of immutable type '" + cls.getTypeName() + "'");
            }
            if (!(value instanceof String name)) {
                throw PythonErrors.typeError("can only assign string to " + cls.getTypeName() + ".__name__, not '"
                        + TypeOf.name(value) + "'");
            }
            cls.setName(name);
        });
        d.getSet(type, "__qualname__", self -> ((PythonClass) self).getQualname(), (self, value) -> {
            PythonClass cls = (PythonClass) self;
            if (!(value instanceof String name)) {
                throw PythonErrors.typeError("can only assign string to " + cls.getTypeName() + ".__qualname__, not '"
                        + TypeOf.name(value) + "'");
            }
            cls.setQualname(name);
        });
        d.getter(type, "__bases__", self -> new PTuple(t.tupleType, ((PythonClass) self).getBases().clone()));
        d.getter(type, "__base__", self -> {
            PythonClass base = ((PythonClass) self).getBase();
            return base == null ? PNone.NONE : base;
        });
        d.getter(type, "__mro__", self -> new PTuple(t.tupleType, ((PythonClass) self).getMro().clone()));
        d.getter(type, "__dict__", self -> new PMappingProxy(t.mappingproxyType, ((PythonClass) self).getNamespace()));
        d.getSet(type, "__module__", self -> {
            Object module = ((PythonClass) self).getNamespace().getItem("__module__");
            return module == null ? "builtins" : module;
        }, (self, value) -> ((PythonClass) self).setAttribute("__module__", value));
        d.getSet(type, "__doc__", self -> {
            Object doc = ((PythonClass) self).getNamespace().getItem("__doc__");
            return doc == null ? PNone.NONE : doc;
        }, (self, value) -> ((PythonClass) self).setAttribute("__doc__", value));
        d.getter(type, "__abstractmethods__", self -> {
            throw Attributes.noAttribute(self, "__abstractmethods__");
        });
    }

    static PythonClass asClass(Object value, String message) {
        if (value instanceof PythonClass cls) {
            return cls;
        }
        throw PythonErrors.typeError(message);
    }

}
