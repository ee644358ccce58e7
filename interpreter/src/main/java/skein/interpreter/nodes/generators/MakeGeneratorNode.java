package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.generators.FinalizationRegistry;
import skein.interpreter.objects.generators.PAsyncGenerator;
import skein.interpreter.objects.generators.PCoroutine;
import skein.interpreter.objects.generators.PGenerator;
import skein.interpreter.objects.generators.Resumable;
import skein.interpreter.objects.generators.ResumableFrame;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.ResumeSlots;

/**
 * The whole body of a generator (coroutine, async generator) function as its caller runs it:
 * the parameters are already in the frame, so the frame is kept, and the function returns the
 * object that will run the real body on it, one resume at a time.
 */
public final class MakeGeneratorNode extends StatementNode {

    private final ResumableFrame.Kind kind;

    public MakeGeneratorNode(ResumableFrame.Kind kind) {
        this.kind = kind;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        finalizeDropped();
        frame.setIntStatic(ResumeSlots.TARGET, ResumeSlots.RUNNING);
        frame.setObjectStatic(ResumeSlots.TRANSFER, null);
        frame.setObjectStatic(ResumeSlots.THROWN, null);
        frame.setObjectStatic(ResumeSlots.DELEGATE, null);
        MaterializedFrame kept = frame.materialize();
        PFunction function = (PFunction) PArguments.getCallee(frame);
        ResumableFrame resumable = new ResumableFrame(kind, function.code(), kept, function.name(), function.qualname());
        BuiltinTypes types = SkeinLanguage.get(this).setup().types();
        Object made = switch (kind) {
            case GENERATOR -> new PGenerator(types.generatorType, resumable);
            case COROUTINE -> new PCoroutine(types.coroutineType, resumable);
            case ASYNC_GENERATOR -> new PAsyncGenerator(types.asyncGeneratorType, resumable);
        };
        PArguments.getThreadState(frame).madeGenerator(made);
        if (kind == ResumableFrame.Kind.COROUTINE || function.code().hasCleanup()) {
            watch((Resumable) made);
        }
        ReturnSlot.set(frame, made);
    }

    /**
     * Coroutines must be reported and generators closed when they are dropped (see
     * {@link FinalizationRegistry}); making a new one is a safe moment to finalize dropped ones.
     */
    @TruffleBoundary
    private void watch(Resumable made) {
        SkeinContext.get(this).finalization().watch(made);
    }

    @TruffleBoundary
    private void finalizeDropped() {
        SkeinContext context = SkeinContext.get(this);
        context.finalization().finalizeDropped(context);
    }
}
