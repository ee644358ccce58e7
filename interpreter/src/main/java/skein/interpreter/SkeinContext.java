package skein.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.modules.ImportSystem;
import skein.interpreter.modules.SysModule;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.generators.FinalizationRegistry;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.LanguageSetup;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.Warnings;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.RealClock;
import skein.interpreter.runtime.clock.VirtualClock;
import skein.interpreter.runtime.clock.Waiter;
import skein.interpreter.runtime.io.SourceLines;
import skein.interpreter.runtime.threads.DeadlockReport;
import skein.interpreter.runtime.threads.ProgramThreads;
import skein.interpreter.runtime.io.StandardStreams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** The state of one Python process: its modules, its {@code sys}, its streams, its threads. */
public final class SkeinContext {

    private static final TruffleLanguage.ContextReference<SkeinContext> REFERENCE =
            TruffleLanguage.ContextReference.create(SkeinLanguage.class);

    private final SkeinLanguage language;
    private final TruffleLanguage.Env env;
    private final LanguageSetup setup;
    private final PDict sysModules;
    private PModule builtinsModule;
    private PModule sysModule;
    private PModule mainModule;
    private StandardStreams streams;
    private SourceLines sourceLines;
    private ImportSystem importSystem;
    private volatile int recursionLimit = 1000;
    /** Real time, or virtual time when the context's VirtualTime option is set. */
    private final Clock clock;
    private final Warnings warnings;
    private final FinalizationRegistry finalization = new FinalizationRegistry();
    private final ProgramThreads threads;
    /** Per-process state of native modules, whose functions are shared by every process; by its class. */
    private final Map<Class<?>, Object> moduleStates = new ConcurrentHashMap<>();
    private final AtomicBoolean ended = new AtomicBoolean();

    SkeinContext(SkeinLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.setup = language.setup();
        this.sysModules = new PDict(setup.types().dictType);
        this.clock = env.getOptions().get(SkeinLanguage.VirtualTime) ? virtualClock() : new RealClock();
        this.threads = new ProgramThreads(this);
        this.warnings = new Warnings(this);
    }

    /** Virtual time starting from now's date; a deadlock, which would hang in real time, is reported. */
    private VirtualClock virtualClock() {
        double limitSeconds = env.getOptions().get(SkeinLanguage.VirtualTimeLimit);
        VirtualClock virtual = new VirtualClock(new RealClock().epochNanos(),
                limitSeconds > 0 ? (long) (limitSeconds * 1e9) : Waiter.NO_DEADLINE);
        virtual.onDeadlock(waits -> DeadlockReport.report(this, waits));
        return virtual;
    }

    public static SkeinContext get(Node node) {
        return REFERENCE.get(node);
    }

    @TruffleBoundary
    void initialize() {
        BuiltinTypes types = setup.types();
        streams = new StandardStreams(this);
        sourceLines = new SourceLines(env);
        builtinsModule = newModule("builtins");
        PDict builtins = builtinsModule.globals();
        for (Map.Entry<String, Object> member : setup.builtins().entrySet()) {
            builtins.setItem(member.getKey(), member.getValue());
        }
        sysModules.setItem("builtins", builtinsModule);
        sysModule = SysModule.create(this);
        sysModules.setItem("sys", sysModule);
        importSystem = new ImportSystem(this);
        mainModule = newModule("__main__");
        mainModule.globals().setItem("__builtins__", builtinsModule);
        mainModule.globals().setItem("__doc__", PNone.NONE);
        mainModule.globals().setItem("__package__", PNone.NONE);
        mainModule.globals().setItem("__spec__", PNone.NONE);
        mainModule.globals().setItem("__annotations__", new PDict(types.dictType));
        sysModules.setItem("__main__", mainModule);
    }

    /** A new, empty module object with {@code __name__} set (not registered anywhere). */
    public PModule newModule(String name) {
        BuiltinTypes types = setup.types();
        PDict globals = new PDict(types.dictType);
        globals.setItem("__name__", name);
        return new PModule(types.moduleType, name, globals);
    }

    public SkeinLanguage language() {
        return language;
    }

    public TruffleLanguage.Env env() {
        return env;
    }

    public LanguageSetup setup() {
        return setup;
    }

    public BuiltinTypes types() {
        return setup.types();
    }

    /** {@code sys.modules}. */
    public PDict sysModules() {
        return sysModules;
    }

    public PModule builtinsModule() {
        return builtinsModule;
    }

    public PModule sysModule() {
        return sysModule;
    }

    public PModule mainModule() {
        return mainModule;
    }

    public StandardStreams streams() {
        return streams;
    }

    /** Source lines for tracebacks. */
    public SourceLines sourceLines() {
        return sourceLines;
    }

    public ImportSystem importSystem() {
        return importSystem;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** The warnings machinery: filters, registries, and the way to warn from Java. */
    public Warnings warnings() {
        return warnings;
    }

    /** Generators and coroutines whose end must be reported at exit if nothing ends them first. */
    public FinalizationRegistry finalization() {
        return finalization;
    }

    /** The clock every time reading and wait of this process goes through. */
    public Clock clock() {
        return clock;
    }

    /** The clock of the process running on this thread, for builtins that read the time or wait. */
    public static Clock currentClock() {
        return get(null).clock();
    }

    /**
     * Marks the end of the process's program, whether its main module returned or an embedder
     * closes the context; true only the first time, so the end's work is done once.
     */
    public boolean markEnded() {
        return ended.compareAndSet(false, true);
    }

    /** The threads of this process. */
    public ProgramThreads threads() {
        return threads;
    }

    /**
     * A native module's state in this process ({@code threading}'s registry of threads), made by
     * {@code make} on first use (a null from {@code make} makes nothing and is returned);
     * {@code make} must not ask for module state itself.
     */
    public <T> T moduleState(Class<T> kind, Supplier<T> make) {
        return kind.cast(moduleStates.computeIfAbsent(kind, k -> make.get()));
    }

    public PythonThreadState threadState() {
        return language.threadState();
    }
}
