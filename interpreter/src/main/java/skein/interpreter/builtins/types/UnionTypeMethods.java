package skein.interpreter.builtins.types;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PFrozenSet;
import skein.interpreter.objects.PGenericAlias;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PUnionType;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Hashing;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}, made by {@code X | Y} on classes, generic aliases, unions and
 * {@code None}. {@code isinstance} and {@code issubclass} accept a union as they accept a
 * tuple of its arguments. The same {@code __or__} serves {@code type} and {@code GenericAlias}.
 */
final class UnionTypeMethods {

    private UnionTypeMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass union = t.defineInModule("types", PUnionType.NAME, null, false);
        d.getter(union, "__args__", self -> ((PUnionType) self).args());
        d.getter(union, "__parameters__", self -> GenericAliasMethods.parameters(((PUnionType) self).args()));
        d.method(union, "__repr__(self, /)", a -> repr((PUnionType) a[0]));
        d.method(union, "__eq__(self, value, /)", a -> a[1] instanceof PUnionType other
                ? Comparisons.equal(argumentSet((PUnionType) a[0]), argumentSet(other)) : PNotImplemented.INSTANCE);
        d.method(union, "__ne__(self, value, /)", a -> a[1] instanceof PUnionType other
                ? !Comparisons.equal(argumentSet((PUnionType) a[0]), argumentSet(other)) : PNotImplemented.INSTANCE);
        d.method(union, "__hash__(self, /)", a -> Hashing.hash(argumentSet((PUnionType) a[0])));
        defineOr(d, union);
    }

    /** {@code __or__} and {@code __ror__} on an owner whose instances can be union arguments. */
    static void defineOr(BuiltinDefiner d, PythonClass owner) {
        d.method(owner, "__or__(self, value, /)", a -> or(a[0], a[1]));
        d.method(owner, "__ror__(self, value, /)", a -> or(a[1], a[0]));
    }

    /** {@code left | right}, or NotImplemented when either side cannot be in a union. */
    static Object or(Object left, Object right) {
        if (!isUnionable(left) || !isUnionable(right)) {
            return PNotImplemented.INSTANCE;
        }
        List<Object> args = new ArrayList<>();
        addFlattened(args, left);
        addFlattened(args, right);
        if (args.size() == 1) {
            return args.get(0);
        }
        BuiltinTypes t = SkeinLanguage.types();
        return new PUnionType(t.other(PUnionType.TYPE_NAME), new PTuple(t.tupleType, args.toArray()));
    }

    private static boolean isUnionable(Object value) {
        return value == PNone.NONE || value instanceof PythonClass || value instanceof PGenericAlias
                || value instanceof PUnionType;
    }

    private static void addFlattened(List<Object> args, Object operand) {
        if (operand instanceof PUnionType union) {
            for (Object arg : union.args().items()) {
                addOnce(args, arg);
            }
        } else {
            addOnce(args, operand == PNone.NONE ? SkeinLanguage.types().noneType : operand);
        }
    }

    /** Classes repeat by identity; generic aliases, like CPython's, by equality. */
    private static void addOnce(List<Object> args, Object arg) {
        for (Object existing : args) {
            boolean same = existing instanceof PGenericAlias && arg instanceof PGenericAlias
                    ? Comparisons.equal(existing, arg) : existing == arg;
            if (same) {
                return;
            }
        }
        args.add(arg);
    }

    private static String repr(PUnionType union) {
        PythonClass noneType = SkeinLanguage.types().noneType;
        StringBuilder sb = new StringBuilder();
        for (Object arg : union.args().items()) {
            if (!sb.isEmpty()) {
                sb.append(" | ");
            }
            sb.append(arg == noneType ? "None" : GenericAliasMethods.reprItem(arg));
        }
        return sb.toString();
    }

    /** Unions compare and hash as the sets of their arguments, so order does not matter. */
    private static PFrozenSet argumentSet(PUnionType union) {
        PFrozenSet set = new PFrozenSet(SkeinLanguage.types().frozensetType);
        for (Object arg : union.args().items()) {
            set.addKey(arg);
        }
        return set;
    }
}
