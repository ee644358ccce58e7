package skein.interpreter.runtime.clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wake-up is never lost: a signal that reaches a waiter which no longer needs it (its thread
 * got the thing by its own last try, or left by an exception) passes to the next waiter. The
 * interleavings are forced from inside the waiter's attempt, so no thread ever blocks.
 */
@Timeout(30)
class WaitQueueTest {

    private final Clock clock = new RealClock();
    private final WaitQueue queue = new WaitQueue();

    @Test
    void aSignalToAWaiterThatSucceededAnywayPassesToTheNext() {
        Waiter next = clock.newWaiter(-1, "the next waiter");
        AtomicInteger attempts = new AtomicInteger();
        boolean got = queue.await(clock, -1, "the thing", () -> {
            attempts.incrementAndGet();
            // Meanwhile another thread queues behind us, and the thing is released: the
            // releaser signals the oldest waiter, ours, just before our try succeeds.
            queue.add(next);
            assertTrue(queue.signalOne(clock));
            return true;
        });
        assertTrue(got);
        assertEquals(1, attempts.get());
        assertFalse(next.isWaiting(), "the signal our waiter did not need went on to the next one");
        assertTrue(queue.isEmpty());
    }

    @Test
    void aWaiterLeftByAnExceptionPassesItsSignalOn() {
        Waiter next = clock.newWaiter(-1, "the next waiter");
        assertThrows(IllegalStateException.class, () -> queue.await(clock, -1, "the thing", () -> {
            queue.add(next);
            queue.signalOne(clock);
            throw new IllegalStateException("the try failed");
        }));
        assertFalse(next.isWaiting());
        assertTrue(queue.isEmpty());
    }

    @Test
    void aWithdrawnWaitIsNotSignalledAfterwards() {
        Waiter mine = clock.newWaiter(-1, "mine");
        Waiter next = clock.newWaiter(-1, "the next waiter");
        queue.add(mine);
        queue.add(next);
        queue.withdraw(clock, mine);
        assertTrue(queue.signalOne(clock));
        assertFalse(next.isWaiting());
        assertFalse(clock.signal(mine), "a withdrawn wait has ended");
    }

    @Test
    void aTimedOutTryNeitherWaitsNorLeavesItsWaiterQueued() {
        assertFalse(queue.await(clock, 0, "the thing", () -> false));
        assertTrue(queue.isEmpty());
    }
}
