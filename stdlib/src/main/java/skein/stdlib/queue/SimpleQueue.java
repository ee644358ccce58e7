package skein.stdlib.queue;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.WaitQueue;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code queue.SimpleQueue}: an unbounded FIFO without task counting. Items live in a lock-free
 * queue, so a put never blocks and never waits for a getter; a getter that finds nothing joins
 * the queue of waiting getters, and a put wakes one of them.
 */
public final class SimpleQueue extends PythonObject {

    private final ConcurrentLinkedQueue<Object> items = new ConcurrentLinkedQueue<>();
    /**
     * The number of items, counted beside the lock-free queue, whose own size is linear; an
     * adder, so that a putting and a getting thread do not contend for one counter.
     */
    private final LongAdder count = new LongAdder();
    private final WaitQueue getters = new WaitQueue();

    public SimpleQueue(PythonClass cls) {
        super(cls);
    }

    public void put(Clock clock, Object item) {
        items.add(item);
        count.increment();
        if (!getters.isEmpty()) {
            getters.signalOne(clock);
        }
    }

    /**
     * The oldest item, waiting at most {@code timeoutNanos} for one (negative: as long as it
     * takes; 0: not at all); null when none came.
     */
    public Object get(Clock clock, long timeoutNanos) {
        Object item = poll();
        if (item != null || timeoutNanos == 0) {
            return item;
        }
        Object[] taken = new Object[1];
        getters.await(clock, timeoutNanos, this, () -> (taken[0] = poll()) != null);
        return taken[0];
    }

    private Object poll() {
        Object item = items.poll();
        if (item != null) {
            count.decrement();
        }
        return item;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** Exact whenever no put or get is under way at the same moment. */
    long size() {
        return Math.max(0, count.sum());
    }
}
