package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Truthiness;

/** Makes and uses threading's objects from Java, through their Python methods, on a thread entered into a context. */
final class ThreadingObjects {

    private ThreadingObjects() {
    }

    /** How long a test thread waits for others to reach a point before the test fails. */
    private static final long PATIENCE_SECONDS = 120;

    /**
     * Waits (sleeping, so as not to take a core from the threads it waits for) until
     * {@code condition} holds; fails the test when it does not within the patience.
     */
    static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("still waiting after " + PATIENCE_SECONDS + " s");
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    /** {@code threading.<type>(*args)}. */
    static Object make(String type, Object... args) {
        return Calls.call(module("threading", type), args);
    }

    static Object module(String module, String member) {
        return SkeinLanguage.get(null).setup().nativeModule(module).members().get(member);
    }

    static boolean call(Object receiver, String method, Object... args) {
        return Truthiness.isTrue(Calls.callMethod(receiver, method, args));
    }

    /** {@code with guard:} around {@code body}. */
    static void with(Object guard, Runnable body) {
        Calls.callMethod(guard, "__enter__");
        try {
            body.run();
        } finally {
            Calls.callMethod(guard, "__exit__", PNone.NONE, PNone.NONE, PNone.NONE);
        }
    }
}
