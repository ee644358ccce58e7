package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.control.BreakException;
import skein.interpreter.nodes.control.ContinueException;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.nodes.generators.AwaitNode;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.generators.SuspendException;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code async for target in iterable: body else: orelse}: the iterator comes from
 * {@code __aiter__}, each item is awaited from its {@code __anext__}, and StopAsyncIteration
 * ends the loop. The iterator waits in a frame slot while the frame is suspended.
 */
public final class AsyncForNode extends StatementNode {

    static final int ITERABLE = 0;
    static final int NEXT = 1;
    static final int BODY = 2;
    static final int ORELSE = 3;

    /** Null when the iterable is already an async iterator (an async comprehension's outermost one). */
    @Child private ExpressionNode iterable;
    @Child private AwaitNode awaitNext;
    @Child private AssignTargetNode target;
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    private final int iteratorSlot;
    private final ResumePoints resume;
    private final boolean iterableIsIterator;

    /** {@code awaitNext} awaits {@link AnextNode} of the iterator in {@code iteratorSlot}. */
    public AsyncForNode(ExpressionNode iterable, boolean iterableIsIterator, AwaitNode awaitNext, AssignTargetNode target,
                        StatementNode body, StatementNode orelse, int iteratorSlot, ResumePoints resume) {
        this.iterable = iterable;
        this.iterableIsIterator = iterableIsIterator;
        this.awaitNext = awaitNext;
        this.target = target;
        this.body = body;
        this.orelse = orelse;
        this.iteratorSlot = iteratorSlot;
        this.resume = resume;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int part = resume.partToResume(frame);
        if (part == ORELSE) {
            orelse.executeVoid(frame);
            return;
        }
        if (part <= ITERABLE) {
            Object value = iterable.execute(frame);
            frame.setObject(iteratorSlot, iterableIsIterator ? value : asyncIterator(value));
        }
        boolean suspended = false;
        boolean exhausted = false;
        try {
            boolean resumingBody = part == BODY;
            while (true) {
                if (!resumingBody) {
                    Object item;
                    try {
                        item = awaitNext.execute(frame);
                    } catch (PException e) {
                        if (!e.pythonClass().isSubclassOf(SkeinLanguage.get(this).setup().types().stopAsyncIteration)) {
                            throw e;
                        }
                        exhausted = true;
                        break;
                    }
                    target.assign(frame, item);
                }
                resumingBody = false;
                try {
                    body.executeVoid(frame);
                } catch (ContinueException e) {
                    continue;
                } catch (BreakException e) {
                    break;
                }
                if (ReturnSlot.hasReturned(frame)) {
                    break;
                }
            }
        } catch (SuspendException e) {
            suspended = true;
            throw e;
        } finally {
            if (!suspended) {
                frame.setObject(iteratorSlot, null);
            }
        }
        if (exhausted && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    /** {@code __aiter__()} of the iterable, checked to have {@code __anext__}. */
    @TruffleBoundary
    public static Object asyncIterator(Object iterable) {
        PythonClass type = TypeOf.get(iterable);
        if (type.lookup("__aiter__") == null) {
            throw PythonErrors.typeError("'async for' requires an object with __aiter__ method, got " + type.getName());
        }
        Object iterator = Calls.callSpecial(iterable, "__aiter__");
        if (TypeOf.get(iterator).lookup("__anext__") == null) {
            throw PythonErrors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + TypeOf.name(iterator));
        }
        return iterator;
    }

    /** {@code iterator.__anext__()}: the awaitable of the next item. */
    public static final class AnextNode extends ExpressionNode {

        private final int iteratorSlot;

        public AnextNode(int iteratorSlot) {
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return anext(frame.getObject(iteratorSlot));
        }

        @TruffleBoundary
        private static Object anext(Object iterator) {
            return Calls.callSpecial(iterator, "__anext__");
        }
    }
}
