package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.LinkedHashSet;
import java.util.Set;

/** {@code object}: the default behaviours every class inherits. */
final class ObjectMethods {

    private ObjectMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass objectType = t.objectType;
        d.constant(objectType, "__doc__", "The base class of the class hierarchy.");
        d.staticMethod(objectType, "__new__(cls, /, *args, **kwargs)", a -> {
            if (!(a[0] instanceof PythonClass cls)) {
                throw PythonErrors.typeError("object.__new__(X): X is not a type object (" + TypeOf.name(a[0]) + ")");
            }
            if (hasArguments(a[1], a[2])) {
                if (cls.lookup("__new__") != objectType.lookup("__new__")) {
                    throw PythonErrors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (cls.lookup("__init__") == objectType.lookup("__init__")) {
                    throw PythonErrors.typeError(cls.getName() + "() takes no arguments");
                }
            }
            if (!cls.hasInstanceFactory()) {
                throw PythonErrors.typeError("object.__new__(" + cls.getName() + ") is not safe, use "
                        + cls.getSolidBase().getName() + ".__new__()");
            }
            return cls.newInstance(cls);
        });
        d.method(objectType, "__init__(self, /, *args, **kwargs)", a -> {
            if (hasArguments(a[1], a[2])) {
                PythonClass cls = TypeOf.get(a[0]);
                if (cls.lookup("__init__") != objectType.lookup("__init__")) {
                    throw PythonErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (cls.lookup("__new__") == objectType.lookup("__new__")) {
                    throw PythonErrors.typeError(cls.getName() + "() takes no arguments");
                }
            }
            return PNone.NONE;
        });
        d.method(objectType, "__repr__(self, /)", a -> Reprs.defaultRepr(a[0]));
        d.method(objectType, "__str__(self, /)", a -> Reprs.repr(a[0]));
        d.method(objectType, "__hash__(self, /)", a -> Hashing.identityHash(a[0]));
        d.method(objectType, "__eq__(self, value, /)", a -> a[0] == a[1] ? Boolean.TRUE : PNotImplemented.INSTANCE);
        d.method(objectType, "__ne__(self, value, /)", a -> {
            Object eq = skein.interpreter.runtime.Calls.callSpecial(a[0], "__eq__", a[1]);
            if (eq == PNotImplemented.INSTANCE || eq == null) {
                return PNotImplemented.INSTANCE;
            }
            return !skein.interpreter.runtime.Truthiness.isTrue(eq);
        });
        for (String name : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            d.method(objectType, name + "(self, value, /)", a -> PNotImplemented.INSTANCE);
        }
        d.method(objectType, "__getattribute__(self, name, /)", a -> {
            String name = Attributes.nameArgument(a[1]);
            Object value = Attributes.nativeGet(a[0], TypeOf.get(a[0]), name);
            if (value == null) {
                throw Attributes.noAttribute(a[0], name);
            }
            return value;
        });
        d.method(objectType, "__setattr__(self, name, value, /)", a -> {
            Attributes.nativeSet(a[0], TypeOf.get(a[0]), Attributes.nameArgument(a[1]), a[2]);
            return PNone.NONE;
        });
        d.method(objectType, "__delattr__(self, name, /)", a -> {
            Attributes.nativeSet(a[0], TypeOf.get(a[0]), Attributes.nameArgument(a[1]), null);
            return PNone.NONE;
        });
        d.method(objectType, "__format__(self, format_spec, /)", a -> {
            if (!(a[1] instanceof String spec)) {
                throw PythonErrors.typeError("format_spec must be a str");
            }
            if (!spec.isEmpty()) {
                throw PythonErrors.typeError("unsupported format string passed to " + TypeOf.name(a[0]) + ".__format__");
            }
            return Reprs.str(a[0]);
        });
        d.method(objectType, "__dir__(self, /)", a -> new PList(t.listType, directory(a[0]).toArray()));
        d.method(objectType, "__sizeof__(self, /)", a -> 16L);
        d.method(objectType, "__reduce_ex__(self, protocol, /)", a -> {
            throw PythonErrors.typeError("cannot pickle '" + TypeOf.name(a[0]) + "' object");
        });
        d.classMethod(objectType, "__init_subclass__(cls, /)", a -> PNone.NONE);
        d.classMethod(objectType, "__subclasshook__(cls, /, *args)", a -> PNotImplemented.INSTANCE);
        d.getSet(objectType, "__class__", TypeOf::get, (self, value) -> setClass(self, value));
        d.getSet(objectType, "__dict__", self -> instanceDict(self), (self, value) -> {
            if (!(value instanceof PDict dict)) {
                throw PythonErrors.typeError("__dict__ must be set to a dictionary, not a '" + TypeOf.name(value) + "'");
            }
            if (!(self instanceof PythonObject object) || !TypeOf.get(self).instancesHaveDict()) {
                throw Attributes.noAttribute(self, "__dict__");
            }
            object.setDict(dict);
        });
    }

    static boolean hasArguments(Object args, Object kwargs) {
        return ((PTuple) args).size() > 0 || ((PDict) kwargs).size() > 0;
    }

    private static Object instanceDict(Object self) {
        if (self instanceof PythonObject object && TypeOf.get(self).instancesHaveDict()) {
            return object.getOrCreateDict();
        }
        throw Attributes.noAttribute(self, "__dict__");
    }

    private static void setClass(Object self, Object value) {
        if (!(value instanceof PythonClass cls)) {
            throw PythonErrors.typeError("__class__ must be set to a class, not '" + TypeOf.name(value) + "' object");
        }
        PythonClass current = TypeOf.get(self);
        if (!(self instanceof PythonObject object) || current.isBuiltin() || cls.isBuiltin()
                || cls.getSolidBase() != current.getSolidBase()) {
            throw PythonErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        object.setPythonClass(cls);
    }

    /** {@code dir(obj)}'s names: the instance dict, then the class and its MRO. */
    static Set<String> directory(Object obj) {
        Set<String> names = new LinkedHashSet<>();
        if (obj instanceof PythonObject object && object.getDict() != null && !(obj instanceof PythonClass)) {
            for (Object key : object.getDict().keys()) {
                if (key instanceof String s) {
                    names.add(s);
                }
            }
        }
        PythonClass type = obj instanceof PythonClass cls ? cls : TypeOf.get(obj);
        for (PythonClass cls : type.getMro()) {
            for (Object key : cls.getNamespace().keys()) {
                if (key instanceof String s) {
                    names.add(s);
                }
            }
        }
        return names;
    }
}
