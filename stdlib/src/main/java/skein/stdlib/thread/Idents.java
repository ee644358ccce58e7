package skein.stdlib.thread;

/** A thread's {@code ident} and {@code native_id}: the Java thread's id, unique while it lives. */
public final class Idents {

    private Idents() {
    }

    public static long of(Thread thread) {
        return thread.threadId();
    }
}
