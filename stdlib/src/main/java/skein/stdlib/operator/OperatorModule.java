package skein.stdlib.operator;

import skein.interpreter.builtins.BuiltinBody;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Identity;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.Constructors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code operator} module: Python's operators as functions (each also under its dunder
 * name, as the same object), and the {@code itemgetter}, {@code attrgetter} and
 * {@code methodcaller} types.
 */
public final class OperatorModule implements NativeModule {

    /** The public names, for {@code __all__}. */
    private final List<String> publicNames = new ArrayList<>();

    @Override
    public String name() {
        return "operator";
    }

    @Override
    public void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        defineComparisons(m);
        defineArithmetic(m);
        defineSequenceFunctions(m);
        function(m, "truth(a, /)", false, a -> Truthiness.isTrue(a[0]));
        function(m, "not_(a, /)", true, a -> !Truthiness.isTrue(a[0]));
        function(m, "is_(a, b, /)", false, a -> Identity.same(a[0], a[1]));
        function(m, "is_not(a, b, /)", false, a -> !Identity.same(a[0], a[1]));
        function(m, "index(a, /)", true, a -> Numbers.index(a[0]));
        function(m, "call(obj, /, *args, **kwargs)", true, a -> callWithDict(a[0], (PTuple) a[1], (PDict) a[2]));
        function(m, "length_hint(obj, default=0, /)", false, a -> LengthHint.of(a[0], a[1]));
        defineGetterTypes(m, t);
        m.constant("__all__", new PList(t.listType, publicNames.stream().sorted().toArray()));
    }

    private void defineComparisons(ModuleBuilder m) {
        for (Comparisons.Op op : Comparisons.Op.values()) {
            String name = op.method.substring(2, op.method.length() - 2);
            function(m, name + "(a, b, /)", true, a -> Comparisons.compare(a[0], a[1], op));
        }
    }

    private void defineArithmetic(ModuleBuilder m) {
        for (BinaryOp op : BinaryOp.values()) {
            if (op == BinaryOp.DIVMOD) {
                continue;
            }
            String name = op.method.substring(2, op.method.length() - 2);
            String exposed = name.equals("and") || name.equals("or") ? name + "_" : name;
            function(m, exposed + "(a, b, /)", true, a -> Operators.binary(a[0], a[1], op));
            function(m, "i" + name + "(a, b, /)", true, a -> Operators.inplace(a[0], a[1], op));
        }
        function(m, "neg(a, /)", true, a -> Operators.unary(a[0], "__neg__", "unary -"));
        function(m, "pos(a, /)", true, a -> Operators.unary(a[0], "__pos__", "unary +"));
        function(m, "abs(a, /)", true, a -> Operators.unary(a[0], "__abs__", "abs()"));
        BuiltinBody invert = a -> Operators.unary(a[0], "__invert__", "unary ~");
        function(m, "invert(a, /)", true, invert);
        function(m, "inv(a, /)", true, invert);
    }

    private void defineSequenceFunctions(ModuleBuilder m) {
        function(m, "concat(a, b, /)", true, a -> {
            Sequences.requireSequence(a[0]);
            return Operators.binary(a[0], a[1], BinaryOp.ADD);
        });
        function(m, "iconcat(a, b, /)", true, a -> {
            Sequences.requireSequence(a[0]);
            return Operators.inplace(a[0], a[1], BinaryOp.ADD);
        });
        function(m, "contains(a, b, /)", true, a -> Containers.contains(a[0], a[1]));
        function(m, "countOf(a, b, /)", false, a -> Sequences.countOf(a[0], a[1]));
        function(m, "indexOf(a, b, /)", false, a -> Sequences.indexOf(a[0], a[1]));
        function(m, "getitem(a, b, /)", true, a -> Subscripts.getItem(a[0], a[1]));
        function(m, "setitem(a, b, c, /)", true, a -> {
            Subscripts.setItem(a[0], a[1], a[2]);
            return PNone.NONE;
        });
        function(m, "delitem(a, b, /)", true, a -> {
            Subscripts.deleteItem(a[0], a[1]);
            return PNone.NONE;
        });
    }

    private void defineGetterTypes(ModuleBuilder m, BuiltinTypes t) {
        BuiltinDefiner d = m.definer();
        PythonClass itemgetter = m.type("itemgetter", null, false);
        d.staticMethod(itemgetter, "__new__(cls, /, *items)", a -> {
            Object[] items = ((PTuple) a[1]).items();
            if (items.length == 0) {
                throw PythonErrors.typeError("itemgetter expected 1 argument, got 0");
            }
            return new ItemGetter(Constructors.subtype(a[0], itemgetter), items);
        });
        d.method(itemgetter, "__call__(self, obj, /)", a -> ((ItemGetter) a[0]).apply(a[1], t.tupleType));
        d.method(itemgetter, "__repr__(self, /)", a -> ((ItemGetter) a[0]).repr());

        PythonClass attrgetter = m.type("attrgetter", null, false);
        d.staticMethod(attrgetter, "__new__(cls, /, *attrs)", a -> {
            Object[] names = ((PTuple) a[1]).items();
            if (names.length == 0) {
                throw PythonErrors.typeError("attrgetter expected 1 argument, got 0");
            }
            return new AttrGetter(Constructors.subtype(a[0], attrgetter), names);
        });
        d.method(attrgetter, "__call__(self, obj, /)", a -> ((AttrGetter) a[0]).apply(a[1], t.tupleType));
        d.method(attrgetter, "__repr__(self, /)", a -> ((AttrGetter) a[0]).repr());

        PythonClass methodcaller = m.type("methodcaller", null, false);
        d.staticMethod(methodcaller, "__new__(cls, /, *args, **kwargs)", a -> {
            Object[] args = ((PTuple) a[1]).items();
            if (args.length == 0) {
                throw PythonErrors.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(args[0] instanceof String name)) {
                throw PythonErrors.typeError("method name must be a string");
            }
            Object[] rest = Arrays.copyOfRange(args, 1, args.length);
            return new MethodCaller(Constructors.subtype(a[0], methodcaller), name, rest, (PDict) a[2]);
        });
        d.method(methodcaller, "__call__(self, obj, /)", a -> ((MethodCaller) a[0]).apply(a[1]));
        d.method(methodcaller, "__repr__(self, /)", a -> ((MethodCaller) a[0]).repr());
        publicNames.add("attrgetter");
        publicNames.add("itemgetter");
        publicNames.add("methodcaller");
    }

    /** Adds a function, and the same object under its dunder name where CPython has one. */
    private void function(ModuleBuilder m, String signature, boolean dunderAlias, BuiltinBody body) {
        PBuiltinFunction function = m.function(signature, body);
        String name = function.name();
        publicNames.add(name);
        if (dunderAlias) {
            String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
            m.constant("__" + bare + "__", function);
        }
    }

    static Object callWithDict(Object callable, PTuple args, PDict kwargs) {
        PDict.Entry[] entries = kwargs.entrySnapshot();
        String[] names = new String[entries.length];
        Object[] values = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            names[i] = (String) entries[i].key;
            values[i] = entries[i].value();
        }
        return Calls.callWithKeywords(callable, args.items(), names, values);
    }
}
