package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.StarArguments;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.exception.PException;
import skein.stdlib.queue.SimpleQueue;

/**
 * {@code concurrent.futures.thread._worker}, the life of a worker thread: the initializer (its
 * failure is logged and breaks the pool), then work items from the queue one after another,
 * waiting through the clock while there are none. A None in the queue ends the worker when the
 * interpreter or the executor is shutting down, and is put back for the next worker.
 */
final class Worker {

    private Worker() {
    }

    @TruffleBoundary
    static void run(ThreadPool executor, SimpleQueue queue, Object initializer, Object initargs) {
        SkeinContext context = SkeinContext.get(null);
        Clock clock = context.clock();
        ThreadPoolProcess process = ThreadPoolProcess.of(context, executor.classes().lockType());
        try {
            if (initializer != PNone.NONE) {
                try {
                    StarArguments.call(initializer, initargs, new PDict(context.types().dictType));
                } catch (PException e) {
                    LastResortLog.exception(context, "Exception in initializer:", e);
                    executor.initializerFailed(clock);
                    return;
                }
            }
            work(executor, queue, clock, process);
        } finally {
            process.workerEnded(queue);
        }
    }

    private static void work(ThreadPool executor, SimpleQueue queue, Clock clock, ThreadPoolProcess process) {
        FutureClasses classes = executor.classes().futures();
        try {
            while (true) {
                Object item = queue.get(clock, -1);
                if (item instanceof WorkItem work) {
                    // The worker counts as idle once the call has ended: a thread woken by the
                    // result that submits again finds it so, as in CPython, where the worker
                    // usually gets that far before the woken thread runs.
                    work.run(classes, executor::releaseIdle);
                    continue;
                }
                if (item != PNone.NONE) {
                    Calls.callMethod(item, "run");
                    executor.releaseIdle();
                    continue;
                }
                if (process.isShutdown() || executor.isShutdown()) {
                    executor.markShutdown();
                    queue.put(clock, PNone.NONE);
                    return;
                }
            }
        } catch (PException e) {
            LastResortLog.exception(SkeinContext.get(null), "Exception in worker", e);
        }
    }
}
