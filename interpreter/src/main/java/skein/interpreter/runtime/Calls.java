package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PMethod;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PStaticMethod;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Calling any Python callable from Java code (builtins that take a key function, the
 * operator protocols, instantiation). Nodes have their own cached fast paths; this is the
 * general, uncached one.
 */
public final class Calls {

    private static final Object[] NO_ARGS = new Object[0];

    private Calls() {
    }

    public static Object call(Object callable, Object... args) {
        return callWithKeywords(callable, args, null, null);
    }

    @TruffleBoundary
    public static Object callWithKeywords(Object callable, Object[] args, String[] keywordNames, Object[] keywordValues) {
        if (callable instanceof PFunction function) {
            return invokeFunction(function, args, keywordNames, keywordValues);
        } else if (callable instanceof PBuiltinFunction builtin) {
            return invokeBuiltin(builtin, args, keywordNames, keywordValues);
        } else if (callable instanceof PMethod method) {
            return callWithKeywords(method.function(), prepend(method.self(), args), keywordNames, keywordValues);
        } else if (callable instanceof PythonClass cls) {
            return callClass(cls, args, keywordNames, keywordValues);
        }
        Object call = TypeOf.get(callable).lookup("__call__");
        if (call == null) {
            throw PythonErrors.typeError("'" + TypeOf.name(callable) + "' object is not callable");
        }
        return callWithKeywords(call, prepend(callable, args), keywordNames, keywordValues);
    }

    @TruffleBoundary
    public static Object invokeFunction(PFunction function, Object[] args, String[] keywordNames, Object[] keywordValues) {
        PythonThreadState thread = SkeinLanguage.get(null).threadState();
        if (thread.depth() >= SkeinContext.get(null).recursionLimit()) {
            // Like CPython's check on calls made from C code, which words the error its own way.
            throw PythonErrors.recursionError("maximum recursion depth exceeded while calling a Python object");
        }
        Object[] arguments = ArgumentBinder.bind(function.code().signature(), function, function.defaults(),
                function.keywordDefaults(), args, keywordNames, keywordValues);
        PArguments.setCallee(arguments, function);
        PArguments.setThreadState(arguments, thread);
        return function.code().callTarget().call(arguments);
    }

    @TruffleBoundary
    public static Object invokeBuiltin(PBuiltinFunction builtin, Object[] args, String[] keywordNames, Object[] keywordValues) {
        checkSelf(builtin, args);
        Object[] arguments = ArgumentBinder.bind(builtin.signature(), builtin, builtin.defaults(),
                builtin.keywordDefaults(), args, keywordNames, keywordValues);
        PArguments.setCallee(arguments, builtin);
        return builtin.callTarget().call(arguments);
    }

    /** A method of a builtin type called through the type checks its first argument, as CPython does. */
    public static void checkSelf(PBuiltinFunction builtin, Object[] args) {
        if (builtin.binding() != PBuiltinFunction.Binding.METHOD) {
            return;
        }
        PythonClass owner = builtin.owner();
        if (args.length == 0) {
            throw PythonErrors.typeError("unbound method " + builtin.qualname() + "() needs an argument");
        }
        if (!TypeOf.isInstance(args[0], owner)) {
            throw PythonErrors.typeError("descriptor '" + builtin.name() + "' for '" + owner.getName()
                    + "' objects doesn't apply to a '" + TypeOf.name(args[0]) + "' object");
        }
    }

    /** {@code cls(*args, **kwargs)}: the metaclass's {@code __call__}, usually {@code type.__call__}. */
    @TruffleBoundary
    public static Object callClass(PythonClass cls, Object[] args, String[] keywordNames, Object[] keywordValues) {
        BuiltinTypes types = SkeinLanguage.types();
        PythonClass metaclass = cls.getPythonClass();
        if (metaclass != types.typeType) {
            Object call = metaclass.lookup("__call__");
            if (call != types.typeType.lookup("__call__")) {
                return callWithKeywords(call, prepend(cls, args), keywordNames, keywordValues);
            }
        }
        return typeCall(cls, args, keywordNames, keywordValues);
    }

    /** {@code type.__call__}: {@code __new__}, then {@code __init__} if the result is an instance. */
    @TruffleBoundary
    public static Object typeCall(PythonClass cls, Object[] args, String[] keywordNames, Object[] keywordValues) {
        BuiltinTypes types = SkeinLanguage.types();
        if (cls == types.typeType && args.length == 1 && (keywordNames == null || keywordNames.length == 0)) {
            return TypeOf.get(args[0], types);
        }
        Object newMethod = cls.lookup("__new__");
        if (newMethod instanceof PStaticMethod staticMethod) {
            newMethod = staticMethod.callable();
        }
        if (cls.isBuiltin() && !cls.hasInstanceFactory() && newMethod == types.objectType.lookup("__new__")) {
            // iterators, views, unions...: made only by the runtime, never by calling their type
            throw PythonErrors.typeError("cannot create '" + cls.getTypeName() + "' instances");
        }
        Object instance = callWithKeywords(newMethod, prepend(cls, args), keywordNames, keywordValues);
        PythonClass instanceType = TypeOf.get(instance, types);
        if (!instanceType.isSubclassOf(cls)) {
            return instance;
        }
        Object init = instanceType.lookup("__init__");
        Object result = callWithKeywords(init, prepend(instance, args), keywordNames, keywordValues);
        if (result != PNone.NONE) {
            throw PythonErrors.typeError("__init__() should return None, not '" + TypeOf.name(result) + "'");
        }
        return instance;
    }

    /** {@code obj.name(*args)}, looking the method up as attribute access would. */
    @TruffleBoundary
    public static Object callMethod(Object receiver, String name, Object... args) {
        return call(Attributes.get(receiver, name), args);
    }

    /**
     * Calls a special method found on the type ({@code type(obj).__len__(obj)}), binding it as a
     * descriptor would; null when the type has none.
     */
    @TruffleBoundary
    public static Object callSpecial(Object receiver, String name, Object... args) {
        Object method = TypeOf.get(receiver).lookup(name);
        if (method == null) {
            return null;
        }
        if (method instanceof PFunction || (method instanceof PBuiltinFunction b
                && b.binding() == PBuiltinFunction.Binding.METHOD)) {
            return call(method, prepend(receiver, args));
        }
        return call(Attributes.bindDescriptor(method, receiver, TypeOf.get(receiver)), args);
    }

    /** {@code callable(obj)}. */
    @TruffleBoundary
    public static boolean isCallable(Object obj) {
        return obj instanceof PythonClass || TypeOf.get(obj).lookup("__call__") != null;
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    public static Object[] noArgs() {
        return NO_ARGS;
    }
}
