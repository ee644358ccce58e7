package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The search of {@code warnings.filters}: the first {@code (action, message, category, module,
 * lineno)} entry that matches a warning gives its action, with CPython's errors for a filters
 * list a program has spoiled.
 */
final class WarningFilters {

    /** The action chosen and the filter that chose it ({@code None} when the default action did). */
    record Decision(String action, Object filter) {
    }

    private WarningFilters() {
    }

    /**
     * The action for a warning of {@code category} with message {@code text} raised at line
     * {@code lineno} of module {@code module}; {@code defaultAction} when no filter matches.
     */
    @TruffleBoundary
    static Decision decide(SkeinContext context, Object filters, Object defaultAction, Object category,
                           Object text, long lineno, String module) {
        if (!(filters instanceof PList list)) {
            throw PythonErrors.valueError("_warnings.filters must be a list");
        }
        Object[] items = list.snapshot();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PTuple filter) || filter.size() != 5) {
                throw PythonErrors.valueError("_warnings.filters item " + i + " isn't a 5-tuple");
            }
            if (!(filter.get(0) instanceof String action)) {
                throw PythonErrors.typeError("action must be a string, not '" + TypeOf.name(filter.get(0)) + "'");
            }
            // Every part is checked, as CPython checks them, so a spoiled part raises even when another does not match.
            boolean messageMatches = matches(filter.get(1), text);
            boolean moduleMatches = matches(filter.get(3), module);
            boolean categoryMatches = isSubclass(context, category, filter.get(2));
            long filterLine = filterLine(filter.get(4));
            if (messageMatches && moduleMatches && categoryMatches && (filterLine == 0 || filterLine == lineno)) {
                return new Decision(action, filter);
            }
        }
        if (!(defaultAction instanceof String action)) {
            throw PythonErrors.typeError("_warnings.defaultaction must be a string, not '" + TypeOf.name(defaultAction) + "'");
        }
        return new Decision(action, PNone.NONE);
    }

    /**
     * A filter's message or module part against the warning's: None matches anything, a plain
     * string (the default filters' {@code '__main__'}) only itself, a pattern at the start.
     */
    private static boolean matches(Object part, Object text) {
        if (part == PNone.NONE) {
            return true;
        }
        if (part instanceof String exact) {
            return exact.equals(text);
        }
        if (part instanceof WarningFilterPattern pattern) {
            if (!(text instanceof String string)) {
                throw PythonErrors.typeError("expected string or bytes-like object, got '" + TypeOf.name(text) + "'");
            }
            return pattern.matchesStart(string);
        }
        return Truthiness.isTrue(Calls.callMethod(part, "match", text));
    }

    /** {@code issubclass(category, part)}, through the builtin when {@code part} is not a plain class. */
    private static boolean isSubclass(SkeinContext context, Object category, Object part) {
        if (category instanceof PythonClass subclass && part instanceof PythonClass cls
                && cls.getPythonClass() == context.types().typeType) {
            return subclass.isSubclassOf(cls);
        }
        Object issubclass = context.builtinsModule().globals().getItem("issubclass");
        return Truthiness.isTrue(Calls.call(issubclass, category, part));
    }

    private static long filterLine(Object lineno) {
        if (lineno instanceof Long value) {
            return value;
        }
        if (lineno instanceof Boolean value) {
            return value ? 1 : 0;
        }
        if (lineno instanceof java.math.BigInteger) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        throw PythonErrors.typeError("an integer is required");
    }
}
