package skein.stdlib.atexit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.StarArguments;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.Unraisable;

import java.util.ArrayList;
import java.util.List;

/**
 * One process's {@code atexit} callbacks, in the order they were registered. As in CPython an
 * unregistered callback leaves an empty slot (which {@code _ncallbacks} still counts), a run
 * calls the callbacks present when it starts, last first, skipping those unregistered on the
 * way, and then forgets them all. Callbacks are called, and compared by {@code unregister},
 * with no lock held.
 */
final class ExitCallbacks {

    private record Callback(Object function, PTuple args, PDict kwargs) {
    }

    private final SkeinContext context;
    /** Null where a callback was unregistered. */
    private final List<Callback> slots = new ArrayList<>();

    private ExitCallbacks(SkeinContext context) {
        this.context = context;
    }

    /** This process's callbacks, made on first use with a hook that runs them when the program ends. */
    static ExitCallbacks of(SkeinContext context) {
        return context.moduleState(ExitCallbacks.class, () -> {
            ExitCallbacks callbacks = new ExitCallbacks(context);
            context.threads().afterExitHooks(callbacks::runAll);
            return callbacks;
        });
    }

    synchronized void register(Object function, PTuple args, PDict kwargs) {
        slots.add(new Callback(function, args, kwargs));
    }

    /** Empties every slot whose function equals {@code function}. */
    @TruffleBoundary
    void unregister(Object function) {
        Callback[] snapshot;
        synchronized (this) {
            snapshot = slots.toArray(new Callback[0]);
        }
        for (Callback callback : snapshot) {
            if (callback != null && Comparisons.equal(callback.function(), function)) {
                remove(callback);
            }
        }
    }

    private synchronized void remove(Callback callback) {
        int index = slots.indexOf(callback);
        if (index >= 0) {
            slots.set(index, null);
        }
    }

    synchronized int count() {
        return slots.size();
    }

    synchronized void clear() {
        slots.clear();
    }

    /**
     * {@code _run_exitfuncs}: calls the callbacks, last registered first; an exception from one
     * (SystemExit too) is reported as unraisable and the others still run.
     */
    @TruffleBoundary
    void runAll() {
        int count;
        synchronized (this) {
            count = slots.size();
        }
        for (int i = count - 1; i >= 0; i--) {
            Callback callback = slotOrNull(i);
            if (callback == null) {
                continue;
            }
            try {
                StarArguments.call(callback.function(), callback.args(), callback.kwargs());
            } catch (PException e) {
                Unraisable.report(context, e.pythonException(), "Exception ignored in atexit callback", callback.function());
            }
        }
        clear();
    }

    private synchronized Callback slotOrNull(int index) {
        return index < slots.size() ? slots.get(index) : null;
    }
}
