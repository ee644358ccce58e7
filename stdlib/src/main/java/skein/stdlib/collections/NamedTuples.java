package skein.stdlib.collections;

import com.oracle.truffle.api.source.Source;
import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PClassMethod;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.CallerFrames;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code collections.namedtuple}: builds a tuple subclass with a field descriptor per name. As
 * in CPython, {@code __new__} is compiled from source made for the field names, so that its
 * signature (and so its argument errors) is the real one; the other methods are small Python
 * functions compiled with it that call into the Java helpers here.
 */
final class NamedTuples {

    /** Python's reserved words (soft keywords such as match are not), which names may not be. */
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The methods every namedtuple gets; each calls a helper (bound in its globals) for the work. */
    private static final String METHODS = """
            def _make(cls, iterable):
                return _nt_make(cls, iterable, _nt_field_count)
            def _replace(self, /, **kwds):
                return _nt_replace(self, kwds, _nt_fields)
            def __repr__(self):
                return _nt_repr(self, _nt_fields)
            def _asdict(self):
                return _nt_asdict(self)
            def __getnewargs__(self):
                return _nt_tuple(self)
            """;

    private final BuiltinTypes types;
    private final PythonClass tupleGetterType;
    private final PBuiltinFunction tupleNew;
    private final PBuiltinFunction make;
    private final PBuiltinFunction replace;
    private final PBuiltinFunction repr;
    private final PBuiltinFunction asDict;
    private final PBuiltinFunction plainTuple;

    NamedTuples(ModuleBuilder m, PythonClass tupleGetterType) {
        this.types = m.types();
        this.tupleGetterType = tupleGetterType;
        BuiltinDefiner d = m.definer();
        this.tupleNew = d.function("collections", "_nt_tuple_new(cls, iterable, /)", a -> tupleNew(a[0], a[1]));
        this.make = d.function("collections", "_nt_make(cls, iterable, count, /)", a -> {
            PTuple result = tupleNew(a[0], a[1]);
            long expected = (Long) a[2];
            if (result.size() != expected) {
                throw PythonErrors.typeError("Expected " + expected + " arguments, got " + result.size());
            }
            return result;
        });
        this.replace = d.function("collections", "_nt_replace(self, kwds, fields, /)", a -> replace(tuple(a[0]), (PDict) a[1], (PTuple) a[2]));
        this.repr = d.function("collections", "_nt_repr(self, fields, /)", a -> repr(tuple(a[0]), (PTuple) a[1]));
        this.asDict = d.function("collections", "_nt_asdict(self, /)", a -> asDict(tuple(a[0])));
        this.plainTuple = d.function("collections", "_nt_tuple(self, /)", a -> new PTuple(types.tupleType, tuple(a[0]).items()));
    }

    /** {@code namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)}. */
    PythonClass create(Object typenameArg, Object fieldNamesArg, boolean rename, Object defaultsArg, Object moduleArg) {
        String typename = Reprs.str(typenameArg);
        List<String> fields = new ArrayList<>();
        if (fieldNamesArg instanceof String text) {
            for (String name : WHITESPACE.split(text.replace(',', ' ').strip())) {
                if (!name.isEmpty()) {
                    fields.add(name);
                }
            }
        } else {
            for (Object name : Iteration.toArray(fieldNamesArg)) {
                fields.add(Reprs.str(name));
            }
        }
        if (rename) {
            renameInvalid(fields);
        }
        validate(typename, fields, rename);
        Object[] defaults = defaultsArg == PNone.NONE ? null : Iteration.toArray(defaultsArg);
        if (defaults != null && defaults.length > fields.size()) {
            throw PythonErrors.typeError("Got more default values than field names");
        }
        Object module = moduleArg != PNone.NONE ? moduleArg : CallerFrames.globals().getItem("__name__");
        return build(typename, fields, defaults, module == null ? "__main__" : module);
    }

    private static void renameInvalid(List<String> fields) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i);
            if (!isIdentifier(name) || KEYWORDS.contains(name) || name.startsWith("_") || seen.contains(name)) {
                fields.set(i, "_" + i);
            }
            seen.add(name);
        }
    }

    private static void validate(String typename, List<String> fields, boolean rename) {
        List<String> names = new ArrayList<>();
        names.add(typename);
        names.addAll(fields);
        for (String name : names) {
            if (!isIdentifier(name)) {
                throw PythonErrors.valueError("Type names and field names must be valid identifiers: " + Reprs.repr(name));
            }
            if (KEYWORDS.contains(name)) {
                throw PythonErrors.valueError("Type names and field names cannot be a keyword: " + Reprs.repr(name));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String name : fields) {
            if (name.startsWith("_") && !rename) {
                throw PythonErrors.valueError("Field names cannot start with an underscore: " + Reprs.repr(name));
            }
            if (!seen.add(name)) {
                throw PythonErrors.valueError("Encountered duplicate field name: " + Reprs.repr(name));
            }
        }
    }

    /** str.isidentifier: a letter or underscore, then letters, digits and underscores (Unicode-aware). */
    static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private PythonClass build(String typename, List<String> fields, Object[] defaults, Object module) {
        String argList = String.join(", ", fields) + (fields.size() == 1 ? "," : "");
        PDict globals = new PDict(types.dictType);
        globals.setItem("__name__", "namedtuple_" + typename);
        PTuple fieldTuple = new PTuple(types.tupleType, fields.toArray());
        globals.setItem("_nt_tuple_new", tupleNew);
        globals.setItem("_nt_make", make);
        globals.setItem("_nt_replace", replace);
        globals.setItem("_nt_repr", repr);
        globals.setItem("_nt_asdict", asDict);
        globals.setItem("_nt_tuple", plainTuple);
        globals.setItem("_nt_fields", fieldTuple);
        globals.setItem("_nt_field_count", (long) fields.size());
        String source = "def __new__(_cls, " + argList + "):\n    return _nt_tuple_new(_cls, (" + argList + "))\n" + METHODS;
        SkeinContext context = SkeinContext.get(null);
        context.env().parsePublic(Source.newBuilder(SkeinLanguage.ID, source, "<namedtuple " + typename + ">").build())
                .call(globals);

        PFunction newFunction = (PFunction) globals.getItem("__new__");
        if (defaults != null) {
            newFunction.setDefaults(defaults);
        }
        Attributes.set(newFunction, "__doc__", "Create new instance of " + typename + "(" + argList + ")");
        PFunction makeFunction = (PFunction) globals.getItem("_make");
        Attributes.set(makeFunction, "__doc__", "Make a new " + typename + " object from a sequence or iterable");
        PFunction replaceFunction = (PFunction) globals.getItem("_replace");
        Attributes.set(replaceFunction, "__doc__",
                "Return a new " + typename + " object replacing specified fields with new values");
        Attributes.set(globals.getItem("__repr__"), "__doc__", "Return a nicely formatted representation string");
        Attributes.set(globals.getItem("_asdict"), "__doc__", "Return a new dict which maps field names to their values.");
        Attributes.set(globals.getItem("__getnewargs__"), "__doc__", "Return self as a plain tuple.  Used by copy and pickle.");

        PDict namespace = new PDict(types.dictType);
        namespace.setItem("__doc__", typename + "(" + argList + ")");
        namespace.setItem("__slots__", new PTuple(types.tupleType, new Object[0]));
        namespace.setItem("_fields", fieldTuple);
        namespace.setItem("_field_defaults", fieldDefaults(fields, defaults));
        for (String method : new String[]{"__new__", "_make", "_replace", "__repr__", "_asdict", "__getnewargs__"}) {
            PFunction function = (PFunction) globals.getItem(method);
            function.setQualname(typename + "." + method);
            namespace.setItem(method, method.equals("_make") ? new PClassMethod(types.classmethodType, function) : function);
        }
        namespace.setItem("__match_args__", fieldTuple);
        for (int i = 0; i < fields.size(); i++) {
            namespace.setItem(fields.get(i), new TupleGetter(tupleGetterType, i, "Alias for field number " + i));
        }
        namespace.setItem("__module__", module);
        PTuple bases = new PTuple(types.tupleType, new Object[]{types.tupleType});
        return (PythonClass) Calls.call(types.typeType, typename, bases, namespace);
    }

    /** The defaults belong to the last fields. */
    private PDict fieldDefaults(List<String> fields, Object[] defaults) {
        PDict result = new PDict(types.dictType);
        if (defaults != null) {
            int first = fields.size() - defaults.length;
            for (int i = 0; i < defaults.length; i++) {
                result.setItem(fields.get(first + i), defaults[i]);
            }
        }
        return result;
    }

    /** The self of a namedtuple method, which called unbound may be anything. */
    private static PTuple tuple(Object self) {
        if (!(self instanceof PTuple tuple)) {
            throw PythonErrors.typeError("descriptor requires a 'tuple' object but received a '" + TypeOf.name(self) + "'");
        }
        return tuple;
    }

    private PTuple tupleNew(Object cls, Object iterable) {
        if (!(cls instanceof PythonClass type)) {
            throw PythonErrors.typeError("tuple.__new__(X): X is not a type object (" + TypeOf.name(cls) + ")");
        }
        if (!type.isSubclassOf(types.tupleType)) {
            throw PythonErrors.typeError("tuple.__new__(" + type.getName() + "): " + type.getName()
                    + " is not a subtype of tuple");
        }
        return new PTuple(type, Iteration.toArray(iterable));
    }

    /** {@code self._make(kwds.pop(name, value) for each field)}, then no keyword may be left over. */
    private Object replace(PTuple self, PDict kwds, PTuple fields) {
        Object[] values = self.items();
        int n = Math.min(values.length, fields.size());
        Object[] replaced = new Object[n];
        for (int i = 0; i < n; i++) {
            Object given = kwds.removeItem(fields.get(i));
            replaced[i] = given != null ? given : values[i];
        }
        Object result = Calls.call(Attributes.get(self, "_make"), new PList(types.listType, replaced));
        if (kwds.size() > 0) {
            throw PythonErrors.valueError("Got unexpected field names: " + Reprs.listRepr(new PList(types.listType, kwds.keys())));
        }
        return result;
    }

    /** {@code Name(field=repr, ...)}, the name being the class's (a subclass shows its own). */
    private String repr(PTuple self, PTuple fields) {
        Object[] values = self.items();
        if (values.length > fields.size()) {
            throw PythonErrors.typeError("not all arguments converted during string formatting");
        }
        if (values.length < fields.size()) {
            throw PythonErrors.typeError("not enough arguments for format string");
        }
        StringBuilder sb = new StringBuilder(Reprs.str(Attributes.get(Attributes.get(self, "__class__"), "__name__")));
        sb.append('(');
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append((String) fields.get(i)).append('=').append(Reprs.repr(values[i]));
        }
        return sb.append(')').toString();
    }

    /** {@code dict(zip(self._fields, self))}. */
    private PDict asDict(PTuple self) {
        Object[] names = Iteration.toArray(Attributes.get(self, "_fields"));
        Object[] values = self.items();
        PDict result = new PDict(types.dictType);
        for (int i = 0; i < Math.min(names.length, values.length); i++) {
            result.setItem(names[i], values[i]);
        }
        return result;
    }
}
