package skein.interpreter.builtins;

import skein.interpreter.SkeinContext;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PUnionType;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.CallerFrames;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Formatting;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Sorting;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Map;

/** Builtins about objects themselves: types, attributes, identity, names in scope. */
final class IntrospectionFunctions {

    private IntrospectionFunctions() {
    }

    static void define(BuiltinDefiner d, Map<String, Object> members) {
        BuiltinTypes t = d.types();
        add(members, d.function("isinstance(obj, class_or_tuple, /)", a -> isInstance(a[0], a[1])));
        add(members, d.function("issubclass(cls, class_or_tuple, /)", a -> {
            if (!(a[0] instanceof PythonClass cls)) {
                throw PythonErrors.typeError("issubclass() arg 1 must be a class");
            }
            return isSubclass(cls, a[1]);
        }));
        add(members, d.function("callable(obj, /)", a -> Calls.isCallable(a[0])));
        add(members, d.function("getattr(object, name, default=?, /)", a -> {
            String name = Attributes.nameArgument(a[1]);
            if (a[2] == Missing.INSTANCE) {
                return Attributes.get(a[0], name);
            }
            Object value = Attributes.getOrNull(a[0], name);
            return value == null ? a[2] : value;
        }));
        add(members, d.function("setattr(obj, name, value, /)", a -> {
            Attributes.set(a[0], Attributes.nameArgument(a[1]), a[2]);
            return PNone.NONE;
        }));
        add(members, d.function("delattr(obj, name, /)", a -> {
            Attributes.delete(a[0], Attributes.nameArgument(a[1]));
            return PNone.NONE;
        }));
        add(members, d.function("hasattr(obj, name, /)", a ->
                Attributes.has(a[0], Attributes.nameArgument(a[1]))));
        add(members, d.function("id(obj, /)", a -> ObjectIds.id(a[0])));
        add(members, d.function("hash(obj, /)", a -> Hashing.hash(a[0])));
        add(members, d.function("repr(obj, /)", a -> Reprs.repr(a[0])));
        add(members, d.function("ascii(obj, /)", a -> Formatting.ascii(a[0])));
        add(members, d.function("format(value, format_spec='', /)", a -> {
            if (!(a[1] instanceof String spec)) {
                throw PythonErrors.typeError("format() argument 2 must be str, not " + TypeOf.name(a[1]));
            }
            return Formatting.format(a[0], spec);
        }));
        add(members, d.function("globals()", a -> CallerFrames.globals()));
        add(members, d.function("locals()", a -> CallerFrames.locals()));
        add(members, d.function("vars(object=?, /)", a -> {
            if (a[0] == Missing.INSTANCE) {
                return CallerFrames.locals();
            }
            Object dict = Attributes.getOrNull(a[0], "__dict__");
            if (dict == null) {
                throw PythonErrors.typeError("vars() argument must have __dict__ attribute");
            }
            return dict;
        }));
        add(members, d.function("dir(object=?, /)", a -> {
            Object[] names;
            if (a[0] == Missing.INSTANCE) {
                Object locals = CallerFrames.locals();
                names = locals instanceof PDict dict ? dict.keys() : Iteration.toArray(locals);
            } else {
                Object listing = Calls.callSpecial(a[0], "__dir__");
                names = Iteration.toArray(listing);
            }
            Sorting.sort(names, PNone.NONE, false);
            return new PList(t.listType, names);
        }));
        add(members, d.function("__import__(name, globals=None, locals=None, fromlist=(), level=0)", a -> {
            if (!(a[0] instanceof String name)) {
                throw PythonErrors.typeError("__import__() argument 1 must be str, not " + TypeOf.name(a[0]));
            }
            return SkeinContext.get(null).importSystem().builtinImport(name, a[1], a[3], (Long) a[4]);
        }));
    }

    static void add(Map<String, Object> members, skein.interpreter.objects.PBuiltinFunction function) {
        members.put(function.name(), function);
    }

    static boolean isInstance(Object obj, Object classInfo) {
        if (classInfo instanceof PythonClass cls) {
            PythonClass type = TypeOf.get(obj);
            if (type.isSubclassOf(cls)) {
                return true;
            }
            if (cls.getPythonClass() != skein.interpreter.SkeinLanguage.types().typeType) {
                Object check = cls.getPythonClass().lookup("__instancecheck__");
                if (check != null) {
                    return skein.interpreter.runtime.Truthiness.isTrue(Calls.call(check, cls, obj));
                }
            }
            Object dunderClass = obj instanceof PythonObject ? Attributes.getOrNull(obj, "__class__") : null;
            return dunderClass instanceof PythonClass other && other != type && other.isSubclassOf(cls);
        }
        if (classInfo instanceof PUnionType union) {
            return isInstance(obj, union.args());
        }
        if (classInfo instanceof PTuple tuple) {
            for (Object item : tuple.items()) {
                if (isInstance(obj, item)) {
                    return true;
                }
            }
            return false;
        }
        Object check = TypeOf.get(classInfo).lookup("__instancecheck__");
        if (check == null) {
            throw PythonErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return skein.interpreter.runtime.Truthiness.isTrue(Calls.call(check, classInfo, obj));
    }

    static boolean isSubclass(PythonClass cls, Object classInfo) {
        if (classInfo instanceof PythonClass other) {
            if (other.getPythonClass() != skein.interpreter.SkeinLanguage.types().typeType) {
                Object check = other.getPythonClass().lookup("__subclasscheck__");
                if (check != null) {
                    return skein.interpreter.runtime.Truthiness.isTrue(Calls.call(check, other, cls));
                }
            }
            return cls.isSubclassOf(other);
        }
        if (classInfo instanceof PUnionType union) {
            return isSubclass(cls, union.args());
        }
        if (classInfo instanceof PTuple tuple) {
            for (Object item : tuple.items()) {
                if (isSubclass(cls, item)) {
                    return true;
                }
            }
            return false;
        }
        Object check = TypeOf.get(classInfo).lookup("__subclasscheck__");
        if (check == null) {
            throw PythonErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return skein.interpreter.runtime.Truthiness.isTrue(Calls.call(check, classInfo, cls));
    }


}
