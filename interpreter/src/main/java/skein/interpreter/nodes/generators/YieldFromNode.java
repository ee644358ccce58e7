package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.generators.Delegation;
import skein.interpreter.objects.generators.PCoroutine;
import skein.interpreter.objects.generators.Resumable;
import skein.interpreter.objects.generators.Returned;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.ResumeSlots;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code yield from iterable}: the frame suspends at this one point for every value the
 * sub-iterator yields, passing what is sent or thrown in on to it, and the expression's value
 * is the sub-iterator's return value (PEP 380). The sub-iterator waits in the frame's
 * delegate slot meanwhile. {@link AwaitNode} is the same with an awaitable's iterator.
 */
public class YieldFromNode extends YieldPointNode {

    @Child private ExpressionNode value;
    @Child private ResumeNode resume = ResumeNodeGen.create();

    public YieldFromNode(ExpressionNode value, int index) {
        super(index);
        this.value = value;
    }

    @Override
    public final Object execute(VirtualFrame frame) {
        Object delegate;
        Object result;
        if (isResumingHere(frame)) {
            arrive(frame);
            delegate = frame.getObjectStatic(ResumeSlots.DELEGATE);
            PBaseException thrown = takeThrown(frame);
            Object sent = takeSent(frame);
            try {
                if (thrown != null) {
                    result = Delegation.throwIn(delegate, thrown);
                    if (result == null) {
                        throw raiseHere(frame, thrown);
                    }
                } else {
                    result = send(delegate, sent);
                }
            } catch (PException e) {
                frame.setObjectStatic(ResumeSlots.DELEGATE, null);
                throw e;
            }
        } else {
            delegate = iteratorOf(frame, value.execute(frame));
            frame.setObjectStatic(ResumeSlots.DELEGATE, delegate);
            try {
                result = send(delegate, PNone.NONE);
            } catch (PException e) {
                frame.setObjectStatic(ResumeSlots.DELEGATE, null);
                throw e;
            }
        }
        if (result instanceof Returned returned) {
            frame.setObjectStatic(ResumeSlots.DELEGATE, null);
            return returned.value();
        }
        throw suspend(frame, result);
    }

    /** Sends into the delegate; a generator or coroutine of this runtime is resumed through a direct call. */
    private Object send(Object delegate, Object sent) {
        if (delegate instanceof Resumable resumable) {
            Object result = resume.execute(resumable.resumableFrame(), sent);
            return result != null ? result : Delegation.alreadyEnded(resumable);
        }
        return Delegation.send(delegate, sent);
    }

    /**
     * The iterator to delegate to: {@code iter(x)} for {@code yield from}. A coroutine can only be
     * delegated to from a generator that {@code types.coroutine} made awaitable.
     */
    protected Object iteratorOf(VirtualFrame frame, Object iterable) {
        if (iterable instanceof PCoroutine) {
            if (!((PFunction) PArguments.getCallee(frame)).code().isIterableCoroutine()) {
                throw PythonErrors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return iterable;
        }
        return Iteration.getIterator(iterable);
    }
}
