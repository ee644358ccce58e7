package skein.interpreter.builtins.types;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PEllipsis;
import skein.interpreter.objects.PGenericAlias;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code types.GenericAlias}, made by {@code list[int]}: it prints as written, calling it calls
 * the origin, and other attributes are the origin's. Also {@code __class_getitem__} for the
 * builtin generic classes.
 */
final class GenericAliasMethods {

    /** Attributes that belong to the alias itself; every other one is looked up on the origin. */
    private static final Set<String> OWN_ATTRIBUTES = Set.of("__class__", "__origin__", "__args__", "__unpacked__",
            "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
            "__copy__", "__deepcopy__");

    private GenericAliasMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass alias = t.defineInModule("types", PGenericAlias.NAME, null, false);
        d.staticMethod(alias, "__new__(cls, origin, args, /)", a -> {
            ConstructorArguments.subtype(a[0], alias);
            return PGenericAlias.of((PythonClass) a[0], t.tupleType, a[1], a[2]);
        });
        d.getter(alias, "__origin__", self -> ((PGenericAlias) self).origin());
        d.getter(alias, "__args__", self -> ((PGenericAlias) self).args());
        d.getter(alias, "__parameters__", self -> parameters(((PGenericAlias) self).args()));
        d.method(alias, "__repr__(self, /)", a -> repr((PGenericAlias) a[0]));
        d.method(alias, "__call__(self, /, *args, **kwargs)", a -> call((PGenericAlias) a[0], (PTuple) a[1], (PDict) a[2]));
        d.method(alias, "__getattr__(self, name, /)", a -> {
            String name = Attributes.nameArgument(a[1]);
            if (OWN_ATTRIBUTES.contains(name)) {
                throw Attributes.noAttribute(a[0], name);
            }
            return Attributes.get(((PGenericAlias) a[0]).origin(), name);
        });
        d.method(alias, "__eq__(self, value, /)", a -> equal(a[0], a[1]));
        d.method(alias, "__ne__(self, value, /)", a -> {
            Object eq = equal(a[0], a[1]);
            return eq == PNotImplemented.INSTANCE ? eq : !(Boolean) eq;
        });
        d.method(alias, "__hash__(self, /)", a -> {
            PGenericAlias self = (PGenericAlias) a[0];
            return Hashing.hash(self.origin()) ^ Hashing.hash(self.args());
        });
        d.method(alias, "__mro_entries__(self, bases, /)",
                a -> new PTuple(t.tupleType, new Object[]{((PGenericAlias) a[0]).origin()}));
        d.method(alias, "__getitem__(self, key, /)", a -> substitute((PGenericAlias) a[0], a[1]));
        UnionTypeMethods.defineOr(d, alias);
        d.method(alias, "__instancecheck__(self, instance, /)", a -> {
            throw PythonErrors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        d.method(alias, "__subclasscheck__(self, subclass, /)", a -> {
            throw PythonErrors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
    }

    /** {@code cls[item]} for a builtin generic class (and its subclasses) makes an alias of {@code cls}. */
    static void defineClassGetItem(BuiltinDefiner d, PythonClass owner) {
        BuiltinTypes t = d.types();
        d.classMethod(owner, "__class_getitem__(cls, item, /)",
                a -> PGenericAlias.of(t.other(PGenericAlias.TYPE_NAME), t.tupleType, a[0], a[1]));
    }

    private static String repr(PGenericAlias alias) {
        StringBuilder sb = new StringBuilder(reprItem(alias.origin())).append('[');
        Object[] args = alias.args().items();
        if (args.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprItem(args[i]));
        }
        return sb.append(']').toString();
    }

    /** A class prints as its qualified name (without {@code builtins.}), anything else as its repr. */
    static String reprItem(Object item) {
        if (item == PEllipsis.INSTANCE) {
            return "...";
        }
        if (item instanceof PythonClass cls) {
            return Reprs.qualifiedName(cls);
        }
        if (Attributes.getOrNull(item, "__origin__") != null && Attributes.getOrNull(item, "__args__") != null) {
            return Reprs.repr(item);
        }
        Object qualname = Attributes.getOrNull(item, "__qualname__");
        Object module = Attributes.getOrNull(item, "__module__");
        if (qualname == null || module == null || module == PNone.NONE) {
            return Reprs.repr(item);
        }
        if (module instanceof String m && m.equals("builtins")) {
            return Reprs.str(qualname);
        }
        return Reprs.str(module) + "." + Reprs.str(qualname);
    }

    /** Calls the origin; the result remembers the alias in {@code __orig_class__} when it can. */
    private static Object call(PGenericAlias alias, PTuple args, PDict kwargs) {
        Object[] keys = kwargs.keys();
        String[] names = new String[keys.length];
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = (String) keys[i];
            values[i] = kwargs.getItem(keys[i]);
        }
        Object result = Calls.callWithKeywords(alias.origin(), args.items(), names, values);
        try {
            Attributes.set(result, "__orig_class__", alias);
        } catch (PException e) {
            BuiltinTypes types = SkeinLanguage.types();
            PythonClass type = TypeOf.get(e.pythonException());
            if (!type.isSubclassOf(types.attributeError) && !type.isSubclassOf(types.typeError)) {
                throw e;
            }
        }
        return result;
    }

    private static Object equal(Object self, Object other) {
        if (!(other instanceof PGenericAlias b)) {
            return PNotImplemented.INSTANCE;
        }
        PGenericAlias a = (PGenericAlias) self;
        return Comparisons.equal(a.origin(), b.origin()) && Comparisons.equal(a.args(), b.args());
    }

    /**
     * The type variables among the arguments, each once: arguments that can be substituted
     * ({@code __typing_subst__}), and the parameters of nested generic arguments.
     */
    static PTuple parameters(PTuple args) {
        List<Object> found = new ArrayList<>();
        for (Object arg : args.items()) {
            if (arg instanceof PythonClass) {
                continue;
            }
            if (Attributes.getOrNull(arg, "__typing_subst__") != null) {
                addOnce(found, arg);
                continue;
            }
            if (Attributes.getOrNull(arg, "__parameters__") instanceof PTuple nested) {
                for (Object parameter : nested.items()) {
                    addOnce(found, parameter);
                }
            }
        }
        return new PTuple(SkeinLanguage.types().tupleType, found.toArray());
    }

    private static void addOnce(List<Object> found, Object parameter) {
        for (Object existing : found) {
            if (existing == parameter) {
                return;
            }
        }
        found.add(parameter);
    }

    /** {@code alias[item]}: the type variables replaced, in order, by the given arguments. */
    private static Object substitute(PGenericAlias alias, Object item) {
        BuiltinTypes types = SkeinLanguage.types();
        Object[] parameters = parameters(alias.args()).items();
        if (parameters.length == 0) {
            throw PythonErrors.typeError(repr(alias) + " is not a generic class");
        }
        Object[] replacements = item instanceof PTuple tuple ? tuple.items() : new Object[]{item};
        if (replacements.length != parameters.length) {
            throw PythonErrors.typeError("Too " + (replacements.length > parameters.length ? "many" : "few")
                    + " arguments for " + repr(alias) + "; actual " + replacements.length + ", expected "
                    + parameters.length);
        }
        Object[] args = alias.args().items();
        Object[] substituted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            substituted[i] = substituteOne(args[i], parameters, replacements, types);
        }
        return new PGenericAlias(alias.getPythonClass(), alias.origin(), new PTuple(types.tupleType, substituted));
    }

    private static Object substituteOne(Object arg, Object[] parameters, Object[] replacements, BuiltinTypes types) {
        for (int j = 0; j < parameters.length; j++) {
            if (arg == parameters[j]) {
                return Calls.callMethod(arg, "__typing_subst__", replacements[j]);
            }
        }
        if (arg instanceof PythonClass || !(Attributes.getOrNull(arg, "__parameters__") instanceof PTuple nested)
                || nested.size() == 0) {
            return arg;
        }
        Object[] nestedReplacements = new Object[nested.size()];
        for (int k = 0; k < nestedReplacements.length; k++) {
            nestedReplacements[k] = substituteOne(nested.get(k), parameters, replacements, types);
        }
        Object key = nestedReplacements.length == 1 ? nestedReplacements[0] : new PTuple(types.tupleType, nestedReplacements);
        return Subscripts.getItem(arg, key);
    }
}
