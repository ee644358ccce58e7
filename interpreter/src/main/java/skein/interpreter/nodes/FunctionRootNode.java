package skein.interpreter.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.source.SourceSection;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The root of a Python function, lambda, comprehension, class body or module body. It moves the
 * bound arguments into their frame slots (wrapping captured ones in cells), brings in the
 * closure's cells, counts the call depth against the recursion limit, and adds this frame to
 * the traceback of any exception that leaves it.
 */
public final class FunctionRootNode extends PythonRootNode {

    @Child private StatementNode body;
    /** The frame slot of each parameter, in signature order. */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] parameterSlots;
    /** Whether each parameter lives in a cell (a nested function captures it). */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final boolean[] parameterIsCell;
    /** Frame slots of the cells this function creates for its other captured variables. */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] newCellSlots;
    /** Frame slots that receive the closure's cells, in closure order. */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] freeSlots;
    /**
     * Whether the frame outlives the call (a generator's): the return slot, which handed out the
     * generator, is emptied so that the kept frame does not hold its own generator.
     */
    private final boolean frameIsKept;

    public FunctionRootNode(SkeinLanguage language, FrameDescriptor descriptor, StatementNode body,
                            int[] parameterSlots, boolean[] parameterIsCell, int[] newCellSlots,
                            int[] freeSlots, SourceSection sourceSection, boolean frameIsKept) {
        super(language, descriptor, sourceSection);
        this.frameIsKept = frameIsKept;
        this.body = body;
        this.parameterSlots = parameterSlots;
        this.parameterIsCell = parameterIsCell;
        this.newCellSlots = newCellSlots;
        this.freeSlots = freeSlots;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PythonThreadState thread = PArguments.getThreadState(frame);
        if (thread == null) {
            thread = SkeinLanguage.get(this).threadState();
            PArguments.setThreadState(frame.getArguments(), thread);
        }
        if (!thread.enter()) {
            thread.leave();
            throw PythonErrors.recursionError("maximum recursion depth exceeded");
        }
        try {
            prologue(frame);
            body.executeVoid(frame);
            Object result = ReturnSlot.value(frame);
            if (frameIsKept) {
                ReturnSlot.set(frame, null);
            }
            return result == null ? PNone.NONE : result;
        } catch (PException e) {
            leaveFrame(frame, e);
            throw e;
        } catch (StackOverflowError e) {
            PException recursion = PythonErrors.recursionError("maximum recursion depth exceeded");
            leaveFrame(frame, recursion);
            throw recursion;
        } catch (OutOfMemoryError e) {
            PException memory = PythonErrors.memoryError();
            leaveFrame(frame, memory);
            throw memory;
        } finally {
            thread.leave();
        }
    }

    @ExplodeLoop
    private void prologue(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        for (int i = 0; i < parameterSlots.length; i++) {
            frame.setObject(parameterSlots[i], parameterIsCell[i] ? new PCell(arguments[i]) : arguments[i]);
        }
        for (int slot : newCellSlots) {
            frame.setObject(slot, new PCell());
        }
        if (freeSlots.length > 0) {
            PCell[] closure = ((PFunction) PArguments.getCallee(arguments)).closure();
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }

    private void leaveFrame(VirtualFrame frame, PException e) {
        leaveFrame((PFunction) PArguments.getCallee(frame), e);
    }

    @Override
    public String toString() {
        return "<python " + getName() + ">";
    }
}
