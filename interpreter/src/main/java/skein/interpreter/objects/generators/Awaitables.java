package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * What {@code await x} waits on: a coroutine itself, a generator made awaitable by
 * {@code types.coroutine}, or the iterator {@code x.__await__()} returns.
 */
public final class Awaitables {

    /** Where the await stands, which decides how a non-awaitable is reported. */
    public enum Site {
        AWAIT, ASYNC_FOR_NEXT, ASYNC_WITH_ENTER, ASYNC_WITH_EXIT;

        String notAwaitable(Object value) {
            String type = TypeOf.name(value);
            return switch (this) {
                case AWAIT -> "object " + type + " can't be used in 'await' expression";
                case ASYNC_FOR_NEXT -> "'async for' received an invalid object from __anext__: " + type;
                case ASYNC_WITH_ENTER -> "'async with' received an object from __aenter__ that does not implement __await__: "
                        + type;
                case ASYNC_WITH_EXIT -> "'async with' received an object from __aexit__ that does not implement __await__: "
                        + type;
            };
        }
    }

    private Awaitables() {
    }

    /** The iterator an {@code await} delegates to. */
    @TruffleBoundary
    public static Object iteratorOf(Object awaitable, Site site) {
        if (awaitable instanceof PCoroutine coroutine) {
            if (coroutine.resumableFrame().delegate() != null) {
                throw PythonErrors.runtimeError("coroutine is being awaited already");
            }
            return coroutine;
        }
        if (isAwaitableGenerator(awaitable)) {
            return awaitable;
        }
        PythonClass type = TypeOf.get(awaitable);
        if (type.lookup("__await__") == null) {
            throw PythonErrors.typeError(site.notAwaitable(awaitable));
        }
        Object iterator = Calls.callSpecial(awaitable, "__await__");
        if (iterator instanceof PCoroutine || isAwaitableGenerator(iterator)) {
            throw PythonErrors.typeError("__await__() returned a coroutine");
        }
        if (!(iterator instanceof PIterator) && TypeOf.get(iterator).lookup("__next__") == null) {
            throw PythonErrors.typeError("__await__() returned non-iterator of type '" + TypeOf.name(iterator) + "'");
        }
        return iterator;
    }

    /** A generator whose code {@code types.coroutine} marked as awaitable (CO_ITERABLE_COROUTINE). */
    public static boolean isAwaitableGenerator(Object value) {
        return value instanceof PGenerator generator && generator.resumableFrame().code().isIterableCoroutine();
    }

    /** Whether {@code await x} would accept x (for {@code inspect.isawaitable}). */
    @TruffleBoundary
    public static boolean isAwaitable(Object value) {
        return value instanceof PCoroutine || isAwaitableGenerator(value) || TypeOf.get(value).lookup("__await__") != null;
    }
}
