package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.PythonRootNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.generators.ResumableFrame;
import skein.interpreter.objects.generators.Returned;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.ResumeSlots;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Runs the body of a generator, coroutine or async generator on its {@link ResumableFrame},
 * from the start or from the yield point it suspended at, until it yields again or ends. The
 * caller has claimed the frame ({@link ResumableFrame#start}); its arguments are the frame, the
 * value sent in, the exception thrown in (or null) and the calling thread's state. It answers
 * the yielded value, or a {@link Returned}.
 */
public final class GeneratorBodyRootNode extends PythonRootNode {

    @Child private StatementNode body;
    /** The line of each yield point, by index: {@code gi_frame.f_lineno} of a suspended frame. */
    @CompilationFinal(dimensions = 1) private final int[] yieldLines;

    public GeneratorBodyRootNode(SkeinLanguage language, StatementNode body, int[] yieldLines, SourceSection sourceSection) {
        super(language, null, sourceSection);
        this.body = body;
        this.yieldLines = yieldLines;
    }

    public static Object[] arguments(ResumableFrame resumable, Object sent, PBaseException thrown, PythonThreadState thread) {
        return new Object[]{resumable, sent, thrown, thread};
    }

    /** The frame a run of this root works on, from the root's own arguments. */
    public static MaterializedFrame pythonFrame(Object[] arguments) {
        return ((ResumableFrame) arguments[0]).frame();
    }

    @Override
    public Object execute(VirtualFrame ownFrame) {
        Object[] arguments = ownFrame.getArguments();
        ResumableFrame resumable = (ResumableFrame) arguments[0];
        PBaseException thrown = (PBaseException) arguments[2];
        PythonThreadState thread = (PythonThreadState) arguments[3];
        MaterializedFrame frame = resumable.frame();
        PArguments.setThreadState(frame.getArguments(), thread);
        if (!thread.enter()) {
            thread.leave();
            throw resumable.failed(PythonErrors.recursionError("maximum recursion depth exceeded"));
        }
        try {
            if (thrown != null && resumable.isFirstRun()) {
                throw new PException(thrown, this);
            }
            frame.setObjectStatic(ResumeSlots.TRANSFER, arguments[1]);
            frame.setObjectStatic(ResumeSlots.THROWN, thrown);
            body.executeVoid(frame);
            Object result = ReturnSlot.value(frame);
            resumable.close();
            return new Returned(result == null ? PNone.NONE : result);
        } catch (SuspendException e) {
            resumable.suspended(yieldLines[frame.getIntStatic(ResumeSlots.TARGET)]);
            return e.value();
        } catch (PException e) {
            leaveFrame(frame, e);
            throw resumable.failed(e);
        } catch (StackOverflowError e) {
            PException recursion = PythonErrors.recursionError("maximum recursion depth exceeded");
            leaveFrame(frame, recursion);
            throw resumable.failed(recursion);
        } finally {
            thread.leave();
        }
    }

    private void leaveFrame(MaterializedFrame frame, PException e) {
        leaveFrame((PFunction) PArguments.getCallee(frame), e);
    }

    @Override
    public String toString() {
        return "<python body " + getName() + ">";
    }
}
