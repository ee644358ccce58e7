package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.ResumeSlots;
import skein.interpreter.runtime.exception.PException;

/**
 * An expression where a frame can suspend ({@code yield}, {@code yield from}, {@code await}).
 * Each has an index, unique in its code, that the frame records when it suspends here and that
 * resuming finds its way back to.
 */
public abstract class YieldPointNode extends ExpressionNode {

    protected final int index;

    protected YieldPointNode(int index) {
        this.index = index;
    }

    /** Whether the frame is resuming at this very point. */
    protected final boolean isResumingHere(VirtualFrame frame) {
        return frame.getIntStatic(ResumeSlots.TARGET) == index;
    }

    /** Ends the resume: from here on the body runs normally. */
    protected static void arrive(VirtualFrame frame) {
        frame.setIntStatic(ResumeSlots.TARGET, ResumeSlots.RUNNING);
    }

    /** Takes the exception {@code throw()} or {@code close()} sent in, or null. */
    protected static PBaseException takeThrown(VirtualFrame frame) {
        Object thrown = frame.getObjectStatic(ResumeSlots.THROWN);
        if (thrown == null) {
            return null;
        }
        frame.setObjectStatic(ResumeSlots.THROWN, null);
        return (PBaseException) thrown;
    }

    /** Takes the value {@code send()} or {@code next()} sent in. */
    protected static Object takeSent(VirtualFrame frame) {
        Object sent = frame.getObjectStatic(ResumeSlots.TRANSFER);
        frame.setObjectStatic(ResumeSlots.TRANSFER, null);
        return sent;
    }

    /** Suspends the frame here, handing {@code value} out to whoever resumed it. */
    protected final SuspendException suspend(VirtualFrame frame, Object value) {
        frame.setIntStatic(ResumeSlots.TARGET, index);
        return new SuspendException(value);
    }

    /**
     * Raises a thrown-in exception at this point, as if the yield expression raised it: it
     * takes the exception being handled here as its context, as any raise would.
     */
    protected final PException raiseHere(VirtualFrame frame, PBaseException exception) {
        PythonThreadState thread = PArguments.getThreadState(frame);
        PBaseException handled = thread.handledException();
        if (handled != null && handled != exception && exception.context() == null) {
            exception.setContext(handled);
        }
        return new PException(exception, this);
    }
}
