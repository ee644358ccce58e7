package skein.stdlib.warnings;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.WarningText;
import skein.interpreter.runtime.Warnings;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.BundledSource;

import java.util.regex.PatternSyntaxException;

/**
 * The {@code warnings} module. In Java, what CPython has in {@code _warnings}: {@code warn},
 * {@code warn_explicit} and {@code _filters_mutated} over the process's {@link Warnings}, whose
 * filters list, default action and once registry become this module's {@code filters},
 * {@code defaultaction} and {@code onceregistry}; also the standard formatting, which reads
 * source lines. In Python ({@code warnings.py}): showing, the filter-adding functions,
 * {@code WarningMessage} and {@code catch_warnings}.
 */
public final class WarningsModule implements NativeModule {

    private static final String PYTHON_PART = BundledSource.read(WarningsModule.class, "warnings.py");

    @Override
    public String name() {
        return "warnings";
    }

    @Override
    public void define(ModuleBuilder m) {
        m.function("warn(message, category=None, stacklevel=1, source=None)", a -> {
            warnings().warn(a[0], a[1], Numbers.indexAsLong(a[2]), a[3]);
            return PNone.NONE;
        });
        m.function("warn_explicit(message, category, filename, lineno, module=?, registry=None, module_globals=None, "
                + "source=None)", a -> {
            warnExplicit(a);
            return PNone.NONE;
        });
        m.function("_filters_mutated()", a -> {
            warnings().filtersMutated();
            return PNone.NONE;
        });
        m.function("_formatwarnmsg_impl(msg)", a -> {
            Object msg = a[0];
            Object category = Attributes.get(msg, "category");
            return WarningText.format(SkeinContext.get(null), Reprs.str(Attributes.get(category, "__name__")),
                    Attributes.get(msg, "message"), Attributes.get(msg, "filename"), Attributes.get(msg, "lineno"),
                    Attributes.get(msg, "line"), Attributes.get(msg, "source") != PNone.NONE);
        });
        PythonClass pattern = definePatternType(m);
        m.function("_compile_filter_pattern(text, ignore_case)", a -> {
            if (!(a[0] instanceof String text)) {
                throw PythonErrors.typeError("first argument must be string, not " + TypeOf.name(a[0]));
            }
            boolean ignoreCase = Truthiness.isTrue(a[1]);
            try {
                return new FilterPattern(pattern, text, ignoreCase, FilterPattern.compile(text, ignoreCase));
            } catch (PatternSyntaxException e) {
                throw PythonErrors.valueError("invalid regular expression " + Reprs.repr(text) + ": "
                        + e.getDescription());
            }
        });
    }

    /** The type of {@link FilterPattern}s, named as CPython's compiled patterns are. */
    private static PythonClass definePatternType(ModuleBuilder m) {
        BuiltinDefiner d = m.definer();
        PythonClass pattern = m.types().defineInModule("re", "Pattern", null, false);
        d.getter(pattern, "pattern", self -> ((FilterPattern) self).text());
        d.getter(pattern, "flags", self -> ((FilterPattern) self).flags());
        d.method(pattern, "__repr__(self, /)", a -> ((FilterPattern) a[0]).repr());
        d.method(pattern, "__eq__(self, value, /)", a -> a[1] instanceof FilterPattern other
                ? ((FilterPattern) a[0]).sameAs(other) : PNotImplemented.INSTANCE);
        d.method(pattern, "__hash__(self, /)", a -> {
            FilterPattern self = (FilterPattern) a[0];
            return Hashing.hashString(self.text()) ^ self.flags();
        });
        return pattern;
    }

    private static void warnExplicit(Object[] a) {
        if (!(a[2] instanceof String filename)) {
            throw PythonErrors.typeError("warn_explicit() argument 3 must be str, not " + TypeOf.name(a[2]));
        }
        long lineno = Numbers.indexAsLong(a[3]);
        // An explicit module=None is what CPython gets from a warning late in shutdown: it is dropped.
        if (a[4] == PNone.NONE) {
            return;
        }
        String module = a[4] == Missing.INSTANCE ? null : Reprs.str(a[4]);
        PDict registry = Warnings.checkedRegistry(a[5]);
        String sourceLine = null;
        if (a[6] != PNone.NONE) {
            if (!(a[6] instanceof PDict globals)) {
                throw PythonErrors.typeError("module_globals must be a dict, not '" + TypeOf.name(a[6]) + "'");
            }
            sourceLine = LoaderSource.line(globals, lineno);
        }
        warnings().warnExplicit(a[1], a[0], filename, lineno, module, registry, sourceLine, a[7]);
    }

    private static Warnings warnings() {
        return SkeinContext.get(null).warnings();
    }

    /** The process's filters, default action and once registry become the module's. */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        Warnings warnings = context.warnings();
        PDict globals = module.globals();
        globals.setItem("filters", warnings.filters());
        globals.setItem("_defaultaction", warnings.defaultAction());
        globals.setItem("defaultaction", warnings.defaultAction());
        globals.setItem("_onceregistry", warnings.onceRegistry());
        globals.setItem("onceregistry", warnings.onceRegistry());
    }

    @Override
    public String pythonSource() {
        return PYTHON_PART;
    }
}
