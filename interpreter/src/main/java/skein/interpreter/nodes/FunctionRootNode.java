package skein.interpreter.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.BuiltinTypes;
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
public final class FunctionRootNode extends RootNode {

    @Child private StatementNode body;
    /** The frame slot of each parameter, in signature order. */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] parameterSlots;
    /** Whether each parameter lives in a cell (a nested function captures it). */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final boolean[] parameterIsCell;
    /** Frame slots of the cells this function creates for its other captured variables. */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] newCellSlots;
    /** Frame slots that receive the closure's cells, in closure order. */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] freeSlots;
    private final SourceSection sourceSection;
    @CompilerDirectives.CompilationFinal private FunctionCode code;

    public FunctionRootNode(SkeinLanguage language, FrameDescriptor descriptor, StatementNode body,
                            int[] parameterSlots, boolean[] parameterIsCell, int[] newCellSlots,
                            int[] freeSlots, SourceSection sourceSection) {
        super(language, descriptor);
        this.body = body;
        this.parameterSlots = parameterSlots;
        this.parameterIsCell = parameterIsCell;
        this.newCellSlots = newCellSlots;
        this.freeSlots = freeSlots;
        this.sourceSection = sourceSection;
    }

    /** Called once by the translator, after the code object that points to this root exists. */
    public void setCode(FunctionCode code) {
        this.code = code;
    }

    public FunctionCode code() {
        return code;
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
        recordFrame((PFunction) PArguments.getCallee(frame), e);
    }

    @TruffleBoundary
    private void recordFrame(PFunction function, PException e) {
        BuiltinTypes types = SkeinLanguage.get(this).setup().types();
        e.leaveFrame(types.tracebackType, types.frameType, code, function.globals());
    }

    @Override
    public String getName() {
        return code == null ? "<python>" : code.qualname();
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return "<python " + getName() + ">";
    }
}
