package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The warnings machinery of one process, what CPython keeps in {@code _warnings}: the filters
 * list, the default action, the registry of warnings shown "once", and the version that tells
 * the per-module {@code __warningregistry__} dicts to forget what they showed when the filters
 * change. The {@code warnings} module shares these objects, and while it is imported its
 * attributes ({@code filters}, {@code defaultaction}, {@code onceregistry}) are the ones
 * consulted, so a program that rebinds them (as {@code catch_warnings} does) is obeyed; a
 * warning to show goes to its {@code _showwarnmsg}, which calls a replaced {@code showwarning}.
 * Warnings the interpreter issues itself take the same path.
 */
public final class Warnings {

    private static final String WARNINGS_MODULE = "warnings";

    private final SkeinContext context;
    private final PythonClass warningClass;
    private final PythonClass userWarningClass;
    /** Until the warnings module is imported, and after it rebinds them, the last ones seen. */
    private volatile Object filters;
    private volatile Object onceRegistry;
    private volatile Object defaultAction = "default";
    private final AtomicLong filtersVersion = new AtomicLong();
    /**
     * Held while a registry is read and marked, so that threads racing to show one warning under
     * "default", "module" or "once" show it once.
     */
    private final Object registryLock = new Object();

    public Warnings(SkeinContext context) {
        this.context = context;
        BuiltinTypes types = context.types();
        this.warningClass = types.exceptionByName("Warning");
        this.userWarningClass = types.exceptionByName("UserWarning");
        this.filters = new PList(types.listType, new Object[]{
                defaultFilter(types, "default", types.deprecationWarning, "__main__"),
                defaultFilter(types, "ignore", types.deprecationWarning, PNone.NONE),
                defaultFilter(types, "ignore", types.exceptionByName("PendingDeprecationWarning"), PNone.NONE),
                defaultFilter(types, "ignore", types.exceptionByName("ImportWarning"), PNone.NONE),
                defaultFilter(types, "ignore", types.exceptionByName("ResourceWarning"), PNone.NONE)});
        this.onceRegistry = new PDict(types.dictType);
    }

    private static PTuple defaultFilter(BuiltinTypes types, String action, PythonClass category, Object module) {
        return new PTuple(types.tupleType, new Object[]{action, PNone.NONE, category, module, 0L});
    }

    /** The filters list the process started with, which the warnings module takes as its {@code filters}. */
    public Object filters() {
        return filters;
    }

    public Object onceRegistry() {
        return onceRegistry;
    }

    public Object defaultAction() {
        return defaultAction;
    }

    /** {@code _filters_mutated}: what every registry remembers having shown is forgotten. */
    public void filtersMutated() {
        filtersVersion.incrementAndGet();
    }

    /**
     * {@code warnings.warn}: {@code category} (None for UserWarning) is checked, and the warning
     * is blamed on the Python frame {@code stacklevel} frames out from the caller's.
     */
    @TruffleBoundary
    public void warn(Object message, Object category, long stacklevel, Object source) {
        PythonClass checked = categoryOf(message, category);
        CallerFrames.Location at = CallerFrames.location((int) Math.min(Math.max(stacklevel, 1) - 1, Integer.MAX_VALUE));
        warnAt(checked, message, at, source);
    }

    /**
     * Issues a warning blamed on the Python line that called the running builtin, as
     * {@code warnings.warn(message, category, stacklevel=2)} in a Python function would.
     */
    @TruffleBoundary
    public void warnAtCaller(PythonClass category, String message) {
        warnAt(category, message, CallerFrames.location(0), null);
    }

    /**
     * Issues a warning the interpreter raises at {@code filename:lineno} in module {@code module}
     * (null when its name is unknown); {@code source} is the object it is about, or null. The
     * registry is that module's, found in {@code sys.modules} (sys's when it is not there).
     */
    @TruffleBoundary
    public void warn(PythonClass category, String message, String filename, int lineno, String module, Object source) {
        PDict globals = module == null ? null : globalsOf(context.sysModules().getItem(module));
        PDict registry = registryOf(globals == null ? context.sysModule().globals() : globals);
        warnExplicit(category, message, filename, lineno, module, registry, null, source);
    }

    private void warnAt(PythonClass category, Object message, CallerFrames.Location at, Object source) {
        // With no Python frame that far out, CPython blames "sys", line 1, with sys's globals.
        PDict globals = at == null || at.globals() == null ? context.sysModule().globals() : at.globals();
        Object name = globals.getItem("__name__");
        if (name == PNone.NONE) {
            return;
        }
        warnExplicit(category, message, at == null ? "sys" : at.filename(), at == null ? 1 : at.line(),
                name instanceof String module ? module : "<string>", registryOf(globals), null, source);
    }

    private static PDict globalsOf(Object module) {
        Object dict = module == null ? null : Attributes.getOrNull(module, "__dict__");
        return dict instanceof PDict globals ? globals : null;
    }

    /** The globals' {@code __warningregistry__}, made when missing. */
    private PDict registryOf(PDict globals) {
        return checkedRegistry(globals.setDefault("__warningregistry__", new PDict(context.types().dictType)));
    }

    /** A registry argument: a dict, or None (null) for none. */
    public static PDict checkedRegistry(Object registry) {
        if (registry == PNone.NONE) {
            return null;
        }
        if (!(registry instanceof PDict dict)) {
            throw PythonErrors.typeError("'registry' must be a dict or None");
        }
        return dict;
    }

    /** The category of {@code warnings.warn}: the message's class when it is a Warning, else the one given. */
    private PythonClass categoryOf(Object message, Object category) {
        PythonClass messageClass = TypeOf.get(message);
        if (messageClass.isSubclassOf(warningClass)) {
            return messageClass;
        }
        Object chosen = category == PNone.NONE ? userWarningClass : category;
        if (!(chosen instanceof PythonClass cls) || !cls.isSubclassOf(warningClass)) {
            throw PythonErrors.typeError("category must be a Warning subclass, not '" + TypeOf.name(chosen) + "'");
        }
        return cls;
    }

    /**
     * {@code warnings.warn_explicit}: the warning is looked up in {@code registry} (null for
     * none), the filters choose its action, and it is raised, dropped or shown;
     * {@code sourceLine} (null: read from the file) is shown under it when no Python
     * {@code showwarning} takes it. {@code category} is called to make the warning unless
     * {@code message} is one already.
     */
    @TruffleBoundary
    public void warnExplicit(Object category, Object message, String filename, long lineno, String module,
                             PDict registry, String sourceLine, Object source) {
        String moduleName = module != null ? module : moduleOfFile(filename);
        Object actualCategory = category;
        Object text = message;
        Object warning = message;
        if (TypeOf.get(message).isSubclassOf(warningClass)) {
            text = Reprs.str(message);
            actualCategory = TypeOf.get(message);
        } else {
            warning = Calls.call(category, message);
        }
        PTuple key = tuple(text, actualCategory, lineno);
        if (registry != null && alreadyWarned(registry, key, false)) {
            return;
        }
        WarningFilters.Decision decision = WarningFilters.decide(context, currentFilters(), currentDefaultAction(),
                actualCategory, text, lineno, moduleName);
        switch (decision.action()) {
            case "error" -> {
                if (!(warning instanceof PBaseException exception)) {
                    throw PythonErrors.typeError("exceptions must derive from BaseException");
                }
                throw new PException(exception, null);
            }
            case "ignore" -> {
                return;
            }
            case "always" -> {
            }
            default -> {
                if (!firstTime(decision, registry, key, tuple(text, actualCategory))) {
                    return;
                }
            }
        }
        show(actualCategory, text, warning, filename, lineno, sourceLine, source);
    }

    /**
     * Marks a warning shown under {@code decision}'s action in the registries, and tells whether
     * it had not been: "default" remembers the location, "module" the module, "once" the
     * process (or the module, when the warning came with a registry: CPython does so too).
     */
    private boolean firstTime(WarningFilters.Decision decision, PDict registry, PTuple key, PTuple textAndCategory) {
        String action = decision.action();
        if (!action.equals("default") && !action.equals("module") && !action.equals("once")) {
            throw PythonErrors.runtimeError("Unrecognized action (" + Reprs.repr(action) + ") in warnings.filters:\n "
                    + Reprs.repr(decision.filter()));
        }
        synchronized (registryLock) {
            if (registry != null && alreadyWarned(registry, key, true)) {
                return false;
            }
            if (action.equals("once")) {
                return !alreadyWarned(registry != null ? registry : currentOnceRegistry(), textAndCategory, true);
            }
            if (action.equals("module") && registry != null) {
                return !alreadyWarned(registry, textAndCategory, true);
            }
            return true;
        }
    }

    /** The once registry the warnings module has now, which must be a dict. */
    private PDict currentOnceRegistry() {
        Object current = warningsMember("onceregistry");
        Object registry = current != null ? current : onceRegistry;
        if (!(registry instanceof PDict dict)) {
            throw PythonErrors.typeError("_warnings.onceregistry must be a dict, not '" + TypeOf.name(registry) + "'");
        }
        onceRegistry = dict;
        return dict;
    }

    /**
     * Whether {@code registry} holds {@code key} as shown; a registry written under older filters
     * is cleared first. With {@code mark}, the key is then recorded as shown.
     */
    private boolean alreadyWarned(PDict registry, PTuple key, boolean mark) {
        synchronized (registryLock) {
            long version = filtersVersion.get();
            if (!(registry.getItem("version") instanceof Long seen) || seen != version) {
                registry.clear();
                registry.setItem("version", version);
            } else {
                Object shown = registry.getItem(key);
                if (shown != null && Truthiness.isTrue(shown)) {
                    return true;
                }
            }
            if (mark) {
                registry.setItem(key, Boolean.TRUE);
            }
            return false;
        }
    }

    /**
     * Shows a warning through the warnings module's {@code _showwarnmsg} when it is imported, or
     * writes it to {@code sys.stderr} itself, as CPython's C fallback does.
     */
    private void show(Object category, Object text, Object warning, String filename, long lineno, String sourceLine,
                      Object source) {
        Object showFunction = warningsMember("_showwarnmsg");
        if (showFunction == null) {
            WarningText.write(context, WarningText.format(context, Reprs.str(Attributes.get(category, "__name__")), text, filename, lineno, sourceLine,
                    source != null && source != PNone.NONE));
            return;
        }
        if (!Calls.isCallable(showFunction)) {
            throw PythonErrors.typeError("warnings._showwarnmsg() must be set to a callable");
        }
        Object messageClass = warningsMember("WarningMessage");
        if (messageClass == null) {
            throw PythonErrors.runtimeError("unable to get warnings.WarningMessage");
        }
        Calls.call(showFunction, Calls.call(messageClass, warning, category, filename, lineno, PNone.NONE, PNone.NONE,
                source == null ? PNone.NONE : source));
    }

    /** The filters list the warnings module has now; the last one seen when it is not imported. */
    private Object currentFilters() {
        Object current = warningsMember("filters");
        if (current != null) {
            filters = current;
        }
        return filters;
    }

    private Object currentDefaultAction() {
        Object current = warningsMember("defaultaction");
        if (current != null) {
            defaultAction = current;
        }
        return defaultAction;
    }

    /** A member of the imported warnings module; null when it is not imported or lacks it. */
    private Object warningsMember(String name) {
        Object module = context.sysModules().getItem(WARNINGS_MODULE);
        return module == null ? null : Attributes.getOrNull(module, name);
    }

    /** The module a warning without one is blamed on: its file's name without {@code .py}. */
    private static String moduleOfFile(String filename) {
        if (filename.isEmpty()) {
            return "<unknown>";
        }
        return filename.endsWith(".py") ? filename.substring(0, filename.length() - 3) : filename;
    }

    private PTuple tuple(Object... items) {
        return new PTuple(context.types().tupleType, items);
    }
}
