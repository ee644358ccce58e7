package skein.interpreter.runtime;

import com.oracle.truffle.api.frame.Frame;

/**
 * The frame slots that a generator, coroutine or async generator frame has right after the
 * return slot. The frame outlives each run of the body, so these slots carry a suspension from
 * one resume to the next.
 */
public final class ResumeSlots {

    /** The index of the yield point the body resumes at, or {@link #RUNNING} while it runs normally. */
    public static final int TARGET = 1;
    /** The value sent in by the resume in progress. */
    public static final int TRANSFER = 2;
    /** The exception {@code throw()} or {@code close()} raises at the yield point on resume, or null. */
    public static final int THROWN = 3;
    /** The iterator an active {@code yield from} or {@code await} delegates to ({@code gi_yieldfrom}), or null. */
    public static final int DELEGATE = 4;
    /** How many slots the translator reserves, starting at the return slot. */
    public static final int COUNT = 5;

    public static final int RUNNING = -1;

    private ResumeSlots() {
    }

    /** Whether the body is finding its way back to the yield point it suspended at. */
    public static boolean isResuming(Frame frame) {
        return frame.getIntStatic(TARGET) != RUNNING;
    }
}
