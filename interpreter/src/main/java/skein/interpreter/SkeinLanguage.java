package skein.interpreter;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.LanguageSetup;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.translator.ModuleCompiler;

/** The Skein language: one instance per engine, shared by every context (Python process). */
@TruffleLanguage.Registration(id = SkeinLanguage.ID, name = "Skein", version = SkeinLanguage.VERSION,
        defaultMimeType = SkeinLanguage.MIME_TYPE, characterMimeTypes = {SkeinLanguage.MIME_TYPE, SkeinLanguage.CELL_MIME_TYPE},
        byteMimeTypes = SkeinLanguage.MAIN_PROGRAM_MIME_TYPE,
        contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class SkeinLanguage extends TruffleLanguage<SkeinContext> {

    public static final String ID = "skein";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "text/x-python";
    /** A program's bytes, run as {@code python3} runs a script: the result is the exit status. */
    public static final String MAIN_PROGRAM_MIME_TYPE = "application/x-skein-main";
    /** A notebook cell or interactive input: run in {@code __main__}, its last expression displayed (see CellRoot). */
    public static final String CELL_MIME_TYPE = "application/x-skein-cell";

    private static final LanguageReference<SkeinLanguage> REFERENCE = LanguageReference.create(SkeinLanguage.class);

    @Option(help = "Run in virtual time: the clock stands still while any thread can run, and jumps to the "
            + "earliest deadline when all are blocked (bin/skein --virtual-time).", category = OptionCategory.USER,
            stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> VirtualTime = new OptionKey<>(false);

    @Option(help = "In virtual time, the time at which the clock stops (seconds; 0 for never): threads waiting "
            + "past it wait forever, as a program stopped at that moment would (the conformance suite's budgets).",
            category = OptionCategory.EXPERT, stability = OptionStability.STABLE)
    public static final OptionKey<Double> VirtualTimeLimit = new OptionKey<>(0.0);

    private volatile LanguageSetup setup;
    private final ContextThreadLocal<PythonThreadState> threadStates =
            locals.createContextThreadLocal((context, thread) -> new PythonThreadState(context));

    public static SkeinLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    /** The builtin types of the language running on this thread, for code outside any node. */
    public static BuiltinTypes types() {
        return REFERENCE.get(null).setup().types();
    }

    /** The builtin types, functions and native modules, made once for all contexts. */
    public LanguageSetup setup() {
        LanguageSetup s = setup;
        if (s == null) {
            s = createSetup();
        }
        return s;
    }

    @TruffleBoundary
    private synchronized LanguageSetup createSetup() {
        if (setup == null) {
            setup = new LanguageSetup(this);
        }
        return setup;
    }

    /** The interpreter state of the current thread in the current context. */
    public PythonThreadState threadState() {
        return threadStates.get();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new SkeinLanguageOptionDescriptors();
    }

    @Override
    protected SkeinContext createContext(Env env) {
        return new SkeinContext(this, env);
    }

    @Override
    protected void initializeContext(SkeinContext context) {
        context.initialize();
    }

    /**
     * A context closing is the process ending. An embedder's close ends the program as a main
     * module's end does (nothing happens twice after a main program): the exit hooks run, so
     * non-daemon threads are waited for and atexit callbacks called, time stops and buffered
     * output is written out; then the threads still running are stopped.
     */
    @Override
    protected void finalizeContext(SkeinContext context) {
        TopLevel.shutdown(context, 0);
        context.threads().stopRemaining();
        context.streams().flushAll();
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        if (MAIN_PROGRAM_MIME_TYPE.equals(source.getMimeType())) {
            return new MainProgramRoot(this, source).getCallTarget();
        }
        if (CELL_MIME_TYPE.equals(source.getMimeType())) {
            return new CellRoot(this, ModuleCompiler.compileCell(this, source)).getCallTarget();
        }
        return new ModuleRoot(this, ModuleCompiler.compile(this, source)).getCallTarget();
    }
}
