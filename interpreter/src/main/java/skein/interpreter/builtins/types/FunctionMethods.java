package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PMethod;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code function}, {@code builtin_function_or_method}, {@code method}, {@code code} and {@code cell}. */
final class FunctionMethods {

    private FunctionMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        defineFunction(d, t);
        defineBuiltinFunction(d, t);
        defineMethod(d, t);
        PythonClass code = t.codeType;
        d.getter(code, "co_name", self -> ((FunctionCode) self).name());
        d.getter(code, "co_qualname", self -> ((FunctionCode) self).qualname());
        d.getter(code, "co_filename", self -> ((FunctionCode) self).filename());
        d.getter(code, "co_firstlineno", self -> (long) ((FunctionCode) self).firstLine());
        d.getter(code, "co_argcount", self -> (long) ((FunctionCode) self).signature().positionalCount());
        d.getter(code, "co_posonlyargcount", self -> (long) ((FunctionCode) self).signature().positionalOnlyCount());
        d.getter(code, "co_kwonlyargcount", self -> (long) ((FunctionCode) self).signature().keywordOnlyCount());
        d.getter(code, "co_varnames", self -> new PTuple(t.tupleType, ((FunctionCode) self).localNames().clone()));
        d.getter(code, "co_flags", self -> (long) ((FunctionCode) self).flags());
        d.getter(code, "co_freevars", self -> new PTuple(t.tupleType, ((FunctionCode) self).freeNames().clone()));
        d.getter(code, "co_cellvars", self -> new PTuple(t.tupleType, ((FunctionCode) self).cellNames().clone()));
        d.method(code, "__repr__(self, /)", a -> {
            FunctionCode c = (FunctionCode) a[0];
            return "<code object " + c.name() + " at " + ObjectIds.hexAddress(c) + ", file \"" + c.filename()
                    + "\", line " + c.firstLine() + ">";
        });
        PythonClass cell = t.cellType;
        d.getSet(cell, "cell_contents", self -> {
            Object value = ((PCell) self).get();
            if (value == null) {
                throw PythonErrors.valueError("Cell is empty");
            }
            return value;
        }, (self, value) -> ((PCell) self).set(value));
        d.method(cell, "__repr__(self, /)", a -> {
            Object value = ((PCell) a[0]).get();
            return "<cell at " + ObjectIds.hexAddress(a[0]) + ": " + (value == null ? "empty>"
                    : TypeOf.name(value) + " object at " + ObjectIds.hexAddress(value) + ">");
        });
    }

    private static void defineFunction(BuiltinDefiner d, BuiltinTypes t) {
        PythonClass function = t.functionType;
        d.method(function, "__repr__(self, /)", a -> "<function " + ((PFunction) a[0]).qualname() + " at "
                + ObjectIds.hexAddress(a[0]) + ">");
        d.method(function, "__get__(self, instance, owner=None, /)", a ->
                a[1] == PNone.NONE ? a[0] : new PMethod(t.methodType, a[1], a[0]));
        d.method(function, "__call__(self, /, *args, **kwargs)", a -> callWithDict(a[0], (PTuple) a[1], (PDict) a[2]));
        d.getSet(function, "__name__", self -> ((PFunction) self).name(), (self, value) -> {
            if (!(value instanceof String name)) {
                throw PythonErrors.typeError("__name__ must be set to a string object");
            }
            ((PFunction) self).setName(name);
        });
        d.getSet(function, "__qualname__", self -> ((PFunction) self).qualname(), (self, value) -> {
            if (!(value instanceof String name)) {
                throw PythonErrors.typeError("__qualname__ must be set to a string object");
            }
            ((PFunction) self).setQualname(name);
        });
        d.getter(function, "__code__", self -> ((PFunction) self).code());
        d.getter(function, "__globals__", self -> ((PFunction) self).globals());
        d.getter(function, "__closure__", self -> {
            PCell[] closure = ((PFunction) self).closure();
            return closure == null ? PNone.NONE : new PTuple(t.tupleType, closure.clone());
        });
        d.getSet(function, "__defaults__", self -> {
            Object[] defaults = ((PFunction) self).defaults();
            return defaults == null ? PNone.NONE : new PTuple(t.tupleType, defaults.clone());
        }, (self, value) -> ((PFunction) self).setDefaults(
                value == null || value == PNone.NONE ? null : ((PTuple) value).items().clone()));
        d.getSet(function, "__kwdefaults__", self -> keywordDefaults((PFunction) self, t), (self, value) -> {
            PFunction f = (PFunction) self;
            if (value == null || value == PNone.NONE) {
                f.setKeywordDefaults(null);
                return;
            }
            String[] names = f.code().signature().names();
            int start = f.code().signature().keywordOnlyStart();
            Object[] defaults = new Object[f.code().signature().keywordOnlyCount()];
            for (int i = 0; i < defaults.length; i++) {
                defaults[i] = ((PDict) value).getItem(names[start + i]);
            }
            f.setKeywordDefaults(defaults);
        });
        d.getSet(function, "__doc__", self -> {
            PFunction f = (PFunction) self;
            Object doc = f.getDict() == null ? null : f.getDict().getItem("__doc__");
            if (doc != null) {
                return doc;
            }
            return f.code().docString() == null ? PNone.NONE : f.code().docString();
        }, (self, value) -> ((PFunction) self).getOrCreateDict().setItem("__doc__", value == null ? PNone.NONE : value));
        d.getSet(function, "__module__", self -> {
            PFunction f = (PFunction) self;
            Object module = f.getDict() == null ? null : f.getDict().getItem("__module__");
            if (module != null) {
                return module;
            }
            Object name = f.globals().getItem("__name__");
            return name == null ? PNone.NONE : name;
        }, (self, value) -> ((PFunction) self).getOrCreateDict().setItem("__module__", value == null ? PNone.NONE : value));
        d.getSet(function, "__annotations__", self -> {
            PFunction f = (PFunction) self;
            Object annotations = f.getOrCreateDict().getItem("__annotations__");
            if (annotations == null) {
                annotations = new PDict(t.dictType);
                f.getDict().setItem("__annotations__", annotations);
            }
            return annotations;
        }, (self, value) -> ((PFunction) self).getOrCreateDict().setItem("__annotations__", value));
    }

    private static Object keywordDefaults(PFunction f, BuiltinTypes t) {
        Object[] defaults = f.keywordDefaults();
        if (defaults == null) {
            return PNone.NONE;
        }
        PDict dict = new PDict(t.dictType);
        String[] names = f.code().signature().names();
        int start = f.code().signature().keywordOnlyStart();
        for (int i = 0; i < defaults.length; i++) {
            if (defaults[i] != null) {
                dict.setItem(names[start + i], defaults[i]);
            }
        }
        return dict;
    }

    /**
     * {@code builtin_function_or_method}: a builtin function, or one bound to its receiver. A
     * bound one is a {@link PMethod} whose function is a {@link PBuiltinFunction}, so every
     * member here takes either.
     */
    private static void defineBuiltinFunction(BuiltinDefiner d, BuiltinTypes t) {
        PythonClass builtin = t.builtinFunctionType;
        d.method(builtin, "__repr__(self, /)", a -> {
            if (a[0] instanceof PMethod bound) {
                PBuiltinFunction f = (PBuiltinFunction) bound.function();
                String receiver = bound.self() instanceof PythonClass && f.binding() == PBuiltinFunction.Binding.CLASS_METHOD
                        ? "type" : TypeOf.name(bound.self());
                return "<built-in method " + f.name() + " of " + receiver + " object at "
                        + ObjectIds.hexAddress(bound.self()) + ">";
            }
            PBuiltinFunction f = (PBuiltinFunction) a[0];
            if (f.owner() != null && f.binding() == PBuiltinFunction.Binding.METHOD) {
                return "<method '" + f.name() + "' of '" + f.owner().getName() + "' objects>";
            }
            return "<built-in function " + f.name() + ">";
        });
        d.method(builtin, "__call__(self, /, *args, **kwargs)", a -> callWithDict(a[0], (PTuple) a[1], (PDict) a[2]));
        d.method(builtin, "__get__(self, instance, owner=None, /)", a -> {
            if (a[1] == PNone.NONE || !(a[0] instanceof PBuiltinFunction f)) {
                return a[0];
            }
            return Attributes.bindDescriptor(f, a[1], TypeOf.get(a[1]));
        });
        d.method(builtin, "__eq__(self, value, /)", a -> {
            if (a[0] instanceof PMethod bound && a[1] instanceof PMethod other) {
                return bound.self() == other.self() && bound.function() == other.function();
            }
            return a[0] == a[1];
        });
        d.method(builtin, "__hash__(self, /)", a -> a[0] instanceof PMethod bound
                ? Hashing.identityHash(bound.self()) ^ Hashing.identityHash(bound.function())
                : Hashing.identityHash(a[0]));
        d.getter(builtin, "__name__", self -> function(self).name());
        d.getter(builtin, "__qualname__", self -> function(self).qualname());
        d.getter(builtin, "__doc__", self -> {
            String doc = function(self).doc();
            return doc == null ? PNone.NONE : doc;
        });
        d.getter(builtin, "__module__", self -> {
            String module = function(self).module();
            return module == null ? PNone.NONE : module;
        });
        d.getter(builtin, "__self__", self -> {
            if (self instanceof PMethod bound) {
                return bound.self();
            }
            PBuiltinFunction f = (PBuiltinFunction) self;
            return f.owner() == null ? PNone.NONE : f.owner();
        });
    }

    /** The builtin behind a {@code builtin_function_or_method}, bound or not. */
    private static PBuiltinFunction function(Object self) {
        return (PBuiltinFunction) (self instanceof PMethod bound ? bound.function() : self);
    }

    private static void defineMethod(BuiltinDefiner d, BuiltinTypes t) {
        PythonClass method = t.methodType;
        d.staticMethod(method, "__new__(cls, function, instance, /)", a -> {
            if (!Calls.isCallable(a[1])) {
                throw PythonErrors.typeError("first argument must be callable");
            }
            if (a[2] == PNone.NONE) {
                throw PythonErrors.typeError("instance must not be None");
            }
            return new PMethod((PythonClass) a[0], a[2], a[1]);
        });
        d.method(method, "__repr__(self, /)", a -> {
            PMethod m = (PMethod) a[0];
            Object function = m.function();
            Object qualname = Attributes.getOrNull(function, "__qualname__");
            if (qualname == null) {
                qualname = Attributes.getOrNull(function, "__name__");
            }
            String name = qualname instanceof String text ? text : "?";
            return "<bound method " + name + " of " + Reprs.repr(m.self()) + ">";
        });
        d.method(method, "__call__(self, /, *args, **kwargs)", a -> callWithDict(a[0], (PTuple) a[1], (PDict) a[2]));
        d.method(method, "__eq__(self, other, /)", a -> a[1] instanceof PMethod other
                && ((PMethod) a[0]).self() == other.self() && ((PMethod) a[0]).function() == other.function());
        d.method(method, "__hash__(self, /)", a -> Hashing.identityHash(((PMethod) a[0]).self())
                ^ Hashing.identityHash(((PMethod) a[0]).function()));
        d.getter(method, "__self__", self -> ((PMethod) self).self());
        d.getter(method, "__func__", self -> ((PMethod) self).function());
        d.getter(method, "__name__", self -> Attributes.get(((PMethod) self).function(), "__name__"));
        d.getter(method, "__qualname__", self -> Attributes.get(((PMethod) self).function(), "__qualname__"));
        d.getter(method, "__doc__", self -> Attributes.get(((PMethod) self).function(), "__doc__"));
        d.method(method, "__getattribute__(self, name, /)", a -> {
            String name = Attributes.nameArgument(a[1]);
            Object value = Attributes.nativeGet(a[0], TypeOf.get(a[0]), name);
            if (value == null) {
                throw Attributes.noAttribute(a[0], name);
            }
            return value;
        });
    }

    /** {@code f.__call__(*args, **kwargs)}. */
    static Object callWithDict(Object callable, PTuple args, PDict kwargs) {
        if (kwargs.size() == 0) {
            return Calls.callWithKeywords(callable, args.items(), null, null);
        }
        Object[] keys = kwargs.keys();
        String[] names = new String[keys.length];
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = (String) keys[i];
            values[i] = kwargs.getItem(keys[i]);
        }
        return Calls.callWithKeywords(callable, args.items(), names, values);
    }
}
