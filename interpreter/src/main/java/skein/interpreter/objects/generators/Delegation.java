package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.exception.PException;

/**
 * How {@code yield from} and {@code await} pass {@code send}, {@code throw} and {@code close}
 * on to the iterator they delegate to (PEP 380). Generators and coroutines of this runtime are
 * resumed directly; any other iterator through its {@code __next__}, {@code send} and
 * {@code throw} methods, with its StopIteration turned into a {@link Returned}.
 */
public final class Delegation {

    private Delegation() {
    }

    /** Sends {@code value} in: the value the delegate yields next, or a {@link Returned} when it ends. */
    @TruffleBoundary
    public static Object send(Object delegate, Object value) {
        if (delegate instanceof Resumable resumable) {
            return resumed(resumable, resumable.resumableFrame().resume(value, null), null);
        }
        try {
            if (value == PNone.NONE) {
                if (delegate instanceof PIterator builtin) {
                    Object item = builtin.next();
                    return item == null ? new Returned(PNone.NONE) : item;
                }
                return Calls.callSpecial(delegate, "__next__");
            }
            return Calls.callMethod(delegate, "send", value);
        } catch (PException e) {
            return returnedOrRethrow(e);
        }
    }

    /**
     * Throws {@code exception} into the delegate: the value it yields next, a {@link Returned}
     * when it ends, or null when it cannot take exceptions (the delegating frame raises it
     * itself). GeneratorExit closes the delegate and is then raised in the delegating frame.
     */
    @TruffleBoundary
    public static Object throwIn(Object delegate, PBaseException exception) {
        BuiltinTypes types = SkeinLanguage.types();
        if (exception.getPythonClass().isSubclassOf(types.generatorExit)) {
            close(delegate);
            return null;
        }
        if (delegate instanceof Resumable resumable) {
            return resumed(resumable, resumable.resumableFrame().resume(PNone.NONE, exception), exception);
        }
        Object throwMethod = Attributes.getOrNull(delegate, "throw");
        if (throwMethod == null) {
            return null;
        }
        try {
            return Calls.call(throwMethod, exception);
        } catch (PException e) {
            return returnedOrRethrow(e);
        }
    }

    /** What a runtime generator or coroutine answered; one already finished ends at once (or raises what was thrown). */
    private static Object resumed(Resumable resumable, Object result, PBaseException thrown) {
        if (result != null) {
            return result;
        }
        if (thrown != null) {
            throw new PException(thrown, null);
        }
        return alreadyEnded(resumable);
    }

    /** Sending into a generator that has ended gives its end again; into a coroutine, an error. */
    @TruffleBoundary
    public static Object alreadyEnded(Resumable resumable) {
        if (resumable instanceof PCoroutine) {
            throw PCoroutine.reused();
        }
        return new Returned(PNone.NONE);
    }

    /** {@code close()} on the delegate, if it has one. */
    private static void close(Object delegate) {
        if (delegate instanceof Resumable resumable) {
            resumable.resumableFrame().closeFromOutside();
            return;
        }
        Object closeMethod = Attributes.getOrNull(delegate, "close");
        if (closeMethod != null) {
            Calls.call(closeMethod);
        }
    }

    private static Returned returnedOrRethrow(PException e) {
        if (!Iteration.isStopIteration(e)) {
            throw e;
        }
        Object value = Attributes.getOrNull(e.pythonException(), "value");
        return new Returned(value == null ? PNone.NONE : value);
    }
}
