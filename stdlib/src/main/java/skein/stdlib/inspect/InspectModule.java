package skein.stdlib.inspect;

import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PMethod;
import skein.interpreter.objects.generators.Awaitables;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.stdlib.functools.Partial;

/**
 * The generator and coroutine part of {@code inspect}: the state of a generator or coroutine
 * ({@code getgeneratorstate}, {@code getcoroutinestate}) and the predicates that tell
 * generators, coroutines and async generators and their functions apart. The rest of
 * {@code inspect} (signatures, source, the stack) is not here yet.
 */
public final class InspectModule implements NativeModule {

    private static final int CO_GENERATOR = 0x20;
    private static final int CO_COROUTINE = 0x80;
    private static final int CO_ASYNC_GENERATOR = 0x200;

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        for (String state : new String[]{"GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
                "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"}) {
            m.constant(state, state);
        }
        m.constant("CO_GENERATOR", (long) CO_GENERATOR);
        m.constant("CO_COROUTINE", (long) CO_COROUTINE);
        m.constant("CO_ITERABLE_COROUTINE", 0x100L);
        m.constant("CO_ASYNC_GENERATOR", (long) CO_ASYNC_GENERATOR);
        m.function("getgeneratorstate(generator)", a -> state(a[0], "gi_", "GEN_"));
        m.function("getcoroutinestate(coroutine)", a -> state(a[0], "cr_", "CORO_"));
        m.function("isgenerator(object)", a -> TypeOf.get(a[0]).isSubclassOf(t.generatorType));
        m.function("iscoroutine(object)", a -> TypeOf.get(a[0]).isSubclassOf(t.coroutineType));
        m.function("isasyncgen(object)", a -> TypeOf.get(a[0]).isSubclassOf(t.asyncGeneratorType));
        m.function("isawaitable(object)", a -> Awaitables.isAwaitable(a[0]));
        m.function("isgeneratorfunction(obj)", a -> hasCodeFlag(a[0], CO_GENERATOR));
        m.function("iscoroutinefunction(obj)", a -> hasCodeFlag(a[0], CO_COROUTINE));
        m.function("isasyncgenfunction(obj)", a -> hasCodeFlag(a[0], CO_ASYNC_GENERATOR));
    }

    /**
     * The state as CPython's {@code inspect} reads it, through the object's attributes, so that
     * anything with them answers: running, suspended, no frame (closed), or else created.
     */
    private static String state(Object subject, String attributePrefix, String statePrefix) {
        if (Truthiness.isTrue(Attributes.get(subject, attributePrefix + "running"))) {
            return statePrefix + "RUNNING";
        }
        if (Truthiness.isTrue(Attributes.get(subject, attributePrefix + "suspended"))) {
            return statePrefix + "SUSPENDED";
        }
        if (Attributes.get(subject, attributePrefix + "frame") == skein.interpreter.objects.PNone.NONE) {
            return statePrefix + "CLOSED";
        }
        return statePrefix + "CREATED";
    }

    /** Whether a function (seen through bound methods and partials) has code with the flag. */
    private static boolean hasCodeFlag(Object candidate, int flag) {
        Object f = candidate;
        while (true) {
            if (f instanceof PMethod method) {
                f = method.function();
            } else if (f instanceof Partial partial) {
                f = partial.function();
            } else {
                break;
            }
        }
        return f instanceof PFunction function && (function.code().flags() & flag) != 0;
    }
}
