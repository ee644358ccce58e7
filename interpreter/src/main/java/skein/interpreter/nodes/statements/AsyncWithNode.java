package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.control.PendingEnding;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.nodes.generators.AwaitNode;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.generators.SuspendException;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code async with manager as target: body}: awaits {@code __aenter__()}, runs the body, then
 * awaits {@code __aexit__(...)} however the body ended, swallowing an exception when the result
 * is true. Both awaits can suspend the frame, so the bound {@code __aexit__}, the awaitable in
 * progress and the body's ending wait in frame slots.
 */
public final class AsyncWithNode extends StatementNode {

    static final int MANAGER = 0;
    static final int ENTER = 1;
    static final int BODY = 2;
    static final int EXIT = 3;

    @Child private ExpressionNode manager;
    /** Awaits what {@code awaitableSlot} holds: first the {@code __aenter__} result, then the {@code __aexit__} one. */
    @Child private AwaitNode awaitEnter;
    @Child private AssignTargetNode target;
    @Child private StatementNode body;
    @Child private AwaitNode awaitExit;
    private final ResumePoints resume;
    private final int awaitableSlot;
    private final int exitSlot;
    private final int pendingSlot;

    public AsyncWithNode(ExpressionNode manager, AwaitNode awaitEnter, AssignTargetNode target, StatementNode body,
                         AwaitNode awaitExit, ResumePoints resume, int awaitableSlot, int exitSlot, int pendingSlot) {
        this.manager = manager;
        this.awaitEnter = awaitEnter;
        this.target = target;
        this.body = body;
        this.awaitExit = awaitExit;
        this.resume = resume;
        this.awaitableSlot = awaitableSlot;
        this.exitSlot = exitSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int part = resume.partToResume(frame);
        if (part == EXIT) {
            finish(frame);
            return;
        }
        if (part <= MANAGER) {
            Object[] methods = enter(manager.execute(frame));
            frame.setObject(exitSlot, methods[0]);
            frame.setObject(awaitableSlot, methods[1]);
        }
        if (part <= ENTER) {
            Object value = awaitEnter.execute(frame);
            if (target != null) {
                target.assign(frame, value);
            }
        }
        Throwable ending = null;
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            FrameTraceback.record(frame, e);
            ending = e;
        } catch (SuspendException e) {
            throw e;
        } catch (ControlFlowException e) {
            ending = e;
        }
        Object pendingReturn = ReturnSlot.value(frame);
        ReturnSlot.set(frame, null);
        frame.setObject(pendingSlot, new PendingEnding(ending, pendingReturn));
        Object exit = frame.getObject(exitSlot);
        frame.setObject(awaitableSlot, ending instanceof PException e ? callExit(exit, e.pythonException())
                : Calls.call(exit, PNone.NONE, PNone.NONE, PNone.NONE));
        finish(frame);
    }

    /** Awaits {@code __aexit__}'s result, then carries on how the body ended unless it swallowed an exception. */
    private void finish(VirtualFrame frame) {
        PendingEnding pending = (PendingEnding) frame.getObject(pendingSlot);
        Object result;
        if (pending.ending() instanceof PException e) {
            PythonThreadState thread = PArguments.getThreadState(frame);
            PBaseException outer = thread.handledException();
            thread.setHandledException(e.pythonException());
            try {
                result = awaitExit.execute(frame);
            } finally {
                thread.setHandledException(outer);
            }
            if (!Truthiness.isTrue(result)) {
                throw e;
            }
            return;
        }
        awaitExit.execute(frame);
        ReturnSlot.set(frame, pending.returnValue());
        if (pending.ending() instanceof ControlFlowException e) {
            throw e;
        }
    }

    /** Looks up both methods and calls {@code __aenter__}: {bound __aexit__, the awaitable __aenter__ returned}. */
    @TruffleBoundary
    private static Object[] enter(Object context) {
        PythonClass type = TypeOf.get(context);
        Object enter = type.lookup("__aenter__");
        if (enter == null) {
            throw PythonErrors.typeError("'" + type.getTypeName() + "' object does not support the asynchronous context "
                    + "manager protocol");
        }
        Object exit = type.lookup("__aexit__");
        if (exit == null) {
            throw PythonErrors.typeError("'" + type.getTypeName() + "' object does not support the asynchronous context "
                    + "manager protocol (missed __aexit__ method)");
        }
        Object boundExit = Attributes.bindDescriptor(exit, context, type);
        return new Object[]{boundExit, Calls.call(Attributes.bindDescriptor(enter, context, type))};
    }

    @TruffleBoundary
    private static Object callExit(Object exit, PBaseException exception) {
        Object traceback = exception.traceback() == null ? PNone.NONE : exception.traceback();
        return Calls.call(exit, exception.getPythonClass(), exception, traceback);
    }
}
