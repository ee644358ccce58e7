package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PClassMethod;
import skein.interpreter.objects.PGetSetDescriptor;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PProperty;
import skein.interpreter.objects.PStaticMethod;
import skein.interpreter.objects.PSuper;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code property}, {@code staticmethod}, {@code classmethod}, {@code super} and {@code getset_descriptor}. */
final class DescriptorMethods {

    private DescriptorMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        defineProperty(d, t);
        PythonClass staticmethod = t.staticmethodType;
        d.staticMethod(staticmethod, "__new__(cls, /, *args, **kwargs)",
                a -> new PStaticMethod((PythonClass) a[0], PNone.NONE));
        d.method(staticmethod, "__init__(self, function, /)", a -> {
            ((PStaticMethod) a[0]).setCallable(a[1]);
            return PNone.NONE;
        });
        d.method(staticmethod, "__get__(self, instance, owner=None, /)", a -> ((PStaticMethod) a[0]).callable());
        d.method(staticmethod, "__call__(self, /, *args, **kwargs)", a -> FunctionMethods.callWithDict(
                ((PStaticMethod) a[0]).callable(), (skein.interpreter.objects.PTuple) a[1], (skein.interpreter.objects.PDict) a[2]));
        d.getter(staticmethod, "__func__", self -> ((PStaticMethod) self).callable());
        d.getter(staticmethod, "__wrapped__", self -> ((PStaticMethod) self).callable());
        d.getter(staticmethod, "__isabstractmethod__", self -> false);
        PythonClass classmethod = t.classmethodType;
        d.staticMethod(classmethod, "__new__(cls, /, *args, **kwargs)",
                a -> new PClassMethod((PythonClass) a[0], PNone.NONE));
        d.method(classmethod, "__init__(self, function, /)", a -> {
            ((PClassMethod) a[0]).setCallable(a[1]);
            return PNone.NONE;
        });
        d.method(classmethod, "__get__(self, instance, owner=None, /)", a -> {
            Object owner = a[2] == PNone.NONE ? TypeOf.get(a[1]) : a[2];
            return new skein.interpreter.objects.PMethod(t.methodType, owner, ((PClassMethod) a[0]).callable());
        });
        d.getter(classmethod, "__func__", self -> ((PClassMethod) self).callable());
        d.getter(classmethod, "__wrapped__", self -> ((PClassMethod) self).callable());
        defineSuper(d, t);
        PythonClass getset = t.getsetDescriptorType;
        d.method(getset, "__get__(self, instance, owner=None, /)", a -> {
            PGetSetDescriptor g = (PGetSetDescriptor) a[0];
            return a[1] == PNone.NONE ? g : g.getter().get(a[1]);
        });
        d.method(getset, "__set__(self, instance, value, /)", a -> {
            PGetSetDescriptor g = (PGetSetDescriptor) a[0];
            if (g.setter() == null) {
                throw PythonErrors.attributeError("attribute '" + g.name() + "' of '" + g.owner().getName()
                        + "' objects is not writable");
            }
            g.setter().set(a[1], a[2]);
            return PNone.NONE;
        });
        d.method(getset, "__repr__(self, /)", a -> {
            PGetSetDescriptor g = (PGetSetDescriptor) a[0];
            return "<attribute '" + g.name() + "' of '" + g.owner().getName() + "' objects>";
        });
        d.getter(getset, "__name__", self -> ((PGetSetDescriptor) self).name());
    }

    private static void defineProperty(BuiltinDefiner d, BuiltinTypes t) {
        PythonClass property = t.propertyType;
        d.staticMethod(property, "__new__(cls, /, *args, **kwargs)",
                a -> new PProperty((PythonClass) a[0], PNone.NONE, PNone.NONE, PNone.NONE, PNone.NONE));
        d.method(property, "__init__(self, fget=None, fset=None, fdel=None, doc=None)", a -> {
            Object doc = a[4];
            if (doc == PNone.NONE && a[1] != PNone.NONE) {
                Object getterDoc = Attributes.getOrNull(a[1], "__doc__");
                doc = getterDoc == null ? PNone.NONE : getterDoc;
            }
            ((PProperty) a[0]).initialize(a[1], a[2], a[3], doc);
            return PNone.NONE;
        });
        d.method(property, "__get__(self, instance, owner=None, /)", a -> {
            if (a[1] == PNone.NONE) {
                return a[0];
            }
            return Attributes.bindDescriptor(a[0], a[1], TypeOf.get(a[1]));
        });
        d.method(property, "__set__(self, instance, value, /)", a -> {
            PProperty p = (PProperty) a[0];
            if (p.setter() == PNone.NONE) {
                throw PythonErrors.attributeError("property of '" + TypeOf.name(a[1]) + "' object has no setter");
            }
            Calls.call(p.setter(), a[1], a[2]);
            return PNone.NONE;
        });
        d.method(property, "__delete__(self, instance, /)", a -> {
            PProperty p = (PProperty) a[0];
            if (p.deleter() == PNone.NONE) {
                throw PythonErrors.attributeError("property of '" + TypeOf.name(a[1]) + "' object has no deleter");
            }
            Calls.call(p.deleter(), a[1]);
            return PNone.NONE;
        });
        d.method(property, "__set_name__(self, owner, name, /)", a -> {
            if (a[2] instanceof String name) {
                ((PProperty) a[0]).setName(name);
            }
            return PNone.NONE;
        });
        d.method(property, "getter(self, function, /)", a -> copy((PProperty) a[0], a[1], null, null));
        d.method(property, "setter(self, function, /)", a -> copy((PProperty) a[0], null, a[1], null));
        d.method(property, "deleter(self, function, /)", a -> copy((PProperty) a[0], null, null, a[1]));
        d.getter(property, "fget", self -> ((PProperty) self).getter());
        d.getter(property, "fset", self -> ((PProperty) self).setter());
        d.getter(property, "fdel", self -> ((PProperty) self).deleter());
        d.getSet(property, "__doc__", self -> ((PProperty) self).doc(), (self, value) -> {
            PProperty p = (PProperty) self;
            p.initialize(p.getter(), p.setter(), p.deleter(), value == null ? PNone.NONE : value);
        });
        d.getter(property, "__isabstractmethod__", self -> false);
    }

    /** {@code prop.setter(f)} and friends: a new property of the same class with one accessor replaced. */
    private static Object copy(PProperty original, Object getter, Object setter, Object deleter) {
        Object newGetter = getter != null ? getter : original.getter();
        Object doc = original.doc();
        if (getter != null && doc == PNone.NONE) {
            Object getterDoc = Attributes.getOrNull(getter, "__doc__");
            doc = getterDoc == null ? PNone.NONE : getterDoc;
        }
        Object copy = Calls.call(original.getPythonClass(), newGetter, setter != null ? setter : original.setter(),
                deleter != null ? deleter : original.deleter(), doc);
        if (copy instanceof PProperty p && original.name() != null) {
            p.setName(original.name());
        }
        return copy;
    }

    private static void defineSuper(BuiltinDefiner d, BuiltinTypes t) {
        PythonClass superType = t.superType;
        d.staticMethod(superType, "__new__(cls, /, *args, **kwargs)", a -> {
            skein.interpreter.objects.PTuple args = (skein.interpreter.objects.PTuple) a[1];
            if (args.size() == 0) {
                throw PythonErrors.runtimeError("super(): no arguments");
            }
            if (!(args.get(0) instanceof PythonClass thisClass)) {
                throw PythonErrors.typeError("super() argument 1 must be a type, not " + TypeOf.name(args.get(0)));
            }
            if (args.size() == 1) {
                return new PSuper((PythonClass) a[0], thisClass, null, null);
            }
            Object self = args.get(1);
            PythonClass selfType;
            if (self instanceof PythonClass cls && cls.isSubclassOf(thisClass)) {
                selfType = cls;
            } else if (TypeOf.get(self).isSubclassOf(thisClass)) {
                selfType = TypeOf.get(self);
            } else {
                throw PythonErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
            }
            return new PSuper((PythonClass) a[0], thisClass, self, selfType);
        });
        d.method(superType, "__init__(self, /, *args, **kwargs)", a -> PNone.NONE);
        d.method(superType, "__getattribute__(self, name, /)", a -> {
            String name = Attributes.nameArgument(a[1]);
            Object value = Attributes.nativeGet(a[0], TypeOf.get(a[0]), name);
            if (value == null) {
                throw PythonErrors.attributeError("'super' object has no attribute '" + name + "'", a[0], name);
            }
            return value;
        });
        d.method(superType, "__repr__(self, /)", a -> {
            PSuper s = (PSuper) a[0];
            if (s.selfType() == null) {
                return "<super: <class '" + s.thisClass().getName() + "'>, NULL>";
            }
            return "<super: <class '" + s.thisClass().getName() + "'>, <" + s.selfType().getName() + " object>>";
        });
        d.getter(superType, "__thisclass__", self -> ((PSuper) self).thisClass());
        d.getter(superType, "__self__", self -> {
            Object obj = ((PSuper) self).self();
            return obj == null ? PNone.NONE : obj;
        });
        d.getter(superType, "__self_class__", self -> {
            Object cls = ((PSuper) self).selfType();
            return cls == null ? PNone.NONE : cls;
        });
    }
}
