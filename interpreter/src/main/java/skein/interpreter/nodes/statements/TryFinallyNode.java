package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.control.PendingEnding;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.generators.SuspendException;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.exception.PException;

/**
 * {@code try: body finally: cleanup}. The cleanup runs after the body however it ends: normally,
 * by a Python exception, or by return/break/continue; what the cleanup itself raises or returns
 * replaces that ending, as in Python. A pending return value is set aside while the cleanup
 * runs, so that the cleanup's own statements are not cut short by it. A generator suspending
 * in the body does not run the cleanup (the body is not over); one suspending in the cleanup
 * keeps the pending ending in a frame slot until it resumes there.
 */
public final class TryFinallyNode extends StatementNode {

    static final int CLEANUP = 1;

    @Child private StatementNode body;
    @Child private StatementNode cleanup;
    /** The yield points in the body and in the cleanup; null outside generators. */
    private final ResumePoints resume;
    /** Where a generator keeps the {@link PendingEnding} while its cleanup runs; -1 outside generators. */
    private final int pendingSlot;

    public TryFinallyNode(StatementNode body, StatementNode cleanup) {
        this(body, cleanup, null, -1);
    }

    public TryFinallyNode(StatementNode body, StatementNode cleanup, ResumePoints resume, int pendingSlot) {
        this.body = body;
        this.cleanup = cleanup;
        this.resume = resume;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (resume != null && resume.partToResume(frame) == CLEANUP) {
            PendingEnding pending = (PendingEnding) frame.getObject(pendingSlot);
            runCleanup(frame, pending.ending(), pending.returnValue());
            return;
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            FrameTraceback.record(frame, e);
            cleanUpAfter(frame, e);
            return;
        } catch (SuspendException e) {
            throw e;
        } catch (ControlFlowException e) {
            cleanUpAfter(frame, e);
            return;
        }
        cleanUpAfter(frame, null);
    }

    /** Sets a pending return value aside and runs the cleanup after the body ended by {@code ending} (null: normally). */
    private void cleanUpAfter(VirtualFrame frame, Throwable ending) {
        Object pendingReturn = ReturnSlot.value(frame);
        ReturnSlot.set(frame, null);
        if (resume != null) {
            frame.setObject(pendingSlot, new PendingEnding(ending, pendingReturn));
        }
        runCleanup(frame, ending, pendingReturn);
    }

    /**
     * Runs the cleanup, then carries on the body's ending unless the cleanup returned. After an
     * exception, the exception counts as being handled meanwhile, so one the cleanup raises gets
     * it as its {@code __context__}, as in CPython.
     */
    private void runCleanup(VirtualFrame frame, Throwable ending, Object pendingReturn) {
        if (ending instanceof PException e) {
            runCleanupHandling(frame, e.pythonException());
        } else {
            cleanup.executeVoid(frame);
        }
        if (ReturnSlot.hasReturned(frame)) {
            return;
        }
        ReturnSlot.set(frame, pendingReturn);
        if (ending instanceof PException e) {
            throw e;
        } else if (ending instanceof ControlFlowException e) {
            throw e;
        }
    }

    private void runCleanupHandling(VirtualFrame frame, PBaseException exception) {
        PythonThreadState thread = PArguments.getThreadState(frame);
        PBaseException outer = thread.handledException();
        thread.setHandledException(exception);
        try {
            cleanup.executeVoid(frame);
        } catch (PException raised) {
            PBaseException newException = raised.pythonException();
            if (newException != exception && newException.context() == null) {
                newException.setContext(exception);
            }
            throw raised;
        } finally {
            thread.setHandledException(outer);
        }
    }
}
