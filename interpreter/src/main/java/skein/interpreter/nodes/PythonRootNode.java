package skein.interpreter.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PFunction;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.exception.PException;

/**
 * What the roots that run Python code share: the code object they run, its source section, and
 * the traceback entry an exception leaving their Python frame gets.
 */
public abstract class PythonRootNode extends RootNode {

    private final SourceSection sourceSection;
    @CompilationFinal private FunctionCode code;

    protected PythonRootNode(SkeinLanguage language, FrameDescriptor descriptor, SourceSection sourceSection) {
        super(language, descriptor);
        this.sourceSection = sourceSection;
    }

    /** Called once by the translator, after the code object that points to this root exists. */
    public final void setCode(FunctionCode code) {
        this.code = code;
    }

    public final FunctionCode code() {
        return code;
    }

    /** The exception leaves the Python frame of {@code function}'s code: it gets its traceback entry. */
    @TruffleBoundary
    protected final void leaveFrame(PFunction function, PException e) {
        BuiltinTypes types = SkeinLanguage.get(this).setup().types();
        e.leaveFrame(types.tracebackType, types.frameType, code, function.globals());
    }

    @Override
    public final String getName() {
        return code == null ? "<python>" : code.qualname();
    }

    @Override
    public final SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public final boolean isCloningAllowed() {
        return true;
    }
}
