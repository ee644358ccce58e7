package skein.stdlib.threading;

import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.clock.Clock;

import java.util.function.Supplier;

/**
 * {@code Condition.wait_for(predicate, timeout)}: waits on the condition until the predicate
 * is true or the timeout has passed, and returns the predicate's last value. The deadline is
 * fixed at the first wait, so wake-ups that find the predicate still false do not extend it.
 */
final class WaitFor {

    /** One wait on the condition, with a timeout as {@code Condition.wait} takes it (None or seconds). */
    @FunctionalInterface
    interface Step {
        void waitAtMost(Object timeout);
    }

    private WaitFor() {
    }

    static Object run(Clock clock, Supplier<Object> predicate, Object timeout, Step step) {
        Object result = predicate.get();
        Object deadline = null;
        Object left = timeout;
        while (!Truthiness.isTrue(result)) {
            if (left != PNone.NONE) {
                if (deadline == null) {
                    deadline = WaitTimeouts.deadline(clock, left);
                } else {
                    left = WaitTimeouts.remaining(clock, deadline);
                    if (WaitTimeouts.isOver(left)) {
                        break;
                    }
                }
            }
            step.waitAtMost(left);
            result = predicate.get();
        }
        return result;
    }
}
