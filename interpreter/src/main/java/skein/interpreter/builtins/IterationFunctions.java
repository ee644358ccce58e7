package skein.interpreter.builtins;

import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.generators.PAnextAwaitable;
import skein.interpreter.objects.generators.PGenerator;
import skein.interpreter.objects.iterators.PCallableIterator;
import skein.interpreter.objects.iterators.PEnumerate;
import skein.interpreter.objects.iterators.PFilter;
import skein.interpreter.objects.iterators.PMap;
import skein.interpreter.objects.iterators.PReversed;
import skein.interpreter.objects.iterators.PZip;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Sorting;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Map;

/** Builtins that consume or make iterators: len, iter, next, sum, min, max, sorted, enumerate, zip... */
final class IterationFunctions {

    private IterationFunctions() {
    }

    static void define(BuiltinDefiner d, Map<String, Object> members) {
        BuiltinTypes t = d.types();
        IntrospectionFunctions.add(members, d.function("len(obj, /)", a -> Containers.length(a[0])));
        IntrospectionFunctions.add(members, d.function("iter(object, sentinel=?, /)", a -> {
            if (a[1] == Missing.INSTANCE) {
                return Iteration.getIterator(a[0]);
            }
            if (!Calls.isCallable(a[0])) {
                throw PythonErrors.typeError("iter(v, w): v must be callable");
            }
            return new PCallableIterator(t.callableIteratorType, a[0], a[1]);
        }));
        IntrospectionFunctions.add(members, d.function("next(iterator, default=?, /)", a -> {
            if (!(a[0] instanceof PIterator) && TypeOf.get(a[0]).lookup("__next__") == null) {
                throw PythonErrors.typeError("'" + TypeOf.name(a[0]) + "' object is not an iterator");
            }
            if (a[1] == Missing.INSTANCE && a[0] instanceof PGenerator generator) {
                return generator.send(PNone.NONE);
            }
            if (a[1] == Missing.INSTANCE && !(a[0] instanceof PIterator)) {
                return Calls.callSpecial(a[0], "__next__");
            }
            Object item = Iteration.next(a[0]);
            if (item != null) {
                return item;
            }
            if (a[1] == Missing.INSTANCE) {
                throw PythonErrors.stopIteration();
            }
            return a[1];
        }));
        IntrospectionFunctions.add(members, d.function("aiter(async_iterable, /)", a -> {
            if (TypeOf.get(a[0]).lookup("__aiter__") == null) {
                throw PythonErrors.typeError("'" + TypeOf.name(a[0]) + "' object is not an async iterable");
            }
            Object iterator = Calls.callSpecial(a[0], "__aiter__");
            if (TypeOf.get(iterator).lookup("__anext__") == null) {
                throw PythonErrors.typeError("aiter() returned not an async iterator of type '" + TypeOf.name(iterator) + "'");
            }
            return iterator;
        }));
        PythonClass anextAwaitable = t.define("anext_awaitable", null, false);
        IntrospectionFunctions.add(members, d.function("anext(aiterator, default=?, /)", a -> {
            if (TypeOf.get(a[0]).lookup("__anext__") == null) {
                throw PythonErrors.typeError("'" + TypeOf.name(a[0]) + "' object is not an async iterator");
            }
            Object awaitable = Calls.callSpecial(a[0], "__anext__");
            return a[1] == Missing.INSTANCE ? awaitable : new PAnextAwaitable(anextAwaitable, awaitable, a[1]);
        }));
        d.method(anextAwaitable, "__await__(self, /)", a -> a[0]);
        d.method(anextAwaitable, "__iter__(self, /)", a -> a[0]);
        d.method(anextAwaitable, "__next__(self, /)", a -> ((PAnextAwaitable) a[0]).send(PNone.NONE));
        d.method(anextAwaitable, "send(self, value, /)", a -> ((PAnextAwaitable) a[0]).send(a[1]));
        d.method(anextAwaitable, "throw(self, typ, val=None, tb=None, /)", a -> ((PAnextAwaitable) a[0])
                .throwIn(skein.interpreter.builtins.types.GeneratorMethods.thrownException(a[1], a[2], a[3], t)));
        IntrospectionFunctions.add(members, d.function("all(iterable, /)", a -> {
            Object iterator = Iteration.getIterator(a[0]);
            Object item;
            while ((item = Iteration.next(iterator)) != null) {
                if (!Truthiness.isTrue(item)) {
                    return false;
                }
            }
            return true;
        }));
        IntrospectionFunctions.add(members, d.function("any(iterable, /)", a -> {
            Object iterator = Iteration.getIterator(a[0]);
            Object item;
            while ((item = Iteration.next(iterator)) != null) {
                if (Truthiness.isTrue(item)) {
                    return true;
                }
            }
            return false;
        }));
        IntrospectionFunctions.add(members, d.nodeFunction("sum(iterable, /, start=0)", SumRootNode::new));
        IntrospectionFunctions.add(members, d.function("min(*args, key=None, default=?)",
                a -> extreme("min", (PTuple) a[0], a[1], a[2], Comparisons.Op.LT)));
        IntrospectionFunctions.add(members, d.function("max(*args, key=None, default=?)",
                a -> extreme("max", (PTuple) a[0], a[1], a[2], Comparisons.Op.GT)));
        IntrospectionFunctions.add(members, d.function("sorted(iterable, /, *, key=None, reverse=False)", a -> {
            Object[] items = Iteration.toArray(a[0]);
            Sorting.sort(items, a[1], Truthiness.isTrue(a[2]));
            return new PList(t.listType, items);
        }));
        defineIteratorTypes(d, t, members);
    }

    private static Object extreme(String name, PTuple args, Object key, Object dflt, Comparisons.Op better) {
        Object[] candidates;
        if (args.size() == 0) {
            throw PythonErrors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (args.size() == 1) {
            candidates = Iteration.toArray(args.get(0));
        } else {
            if (dflt != Missing.INSTANCE) {
                throw PythonErrors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            candidates = args.items();
        }
        if (candidates.length == 0) {
            if (dflt != Missing.INSTANCE) {
                return dflt;
            }
            throw PythonErrors.valueError(name + "() arg is an empty sequence");
        }
        Object best = candidates[0];
        Object bestKey = key == PNone.NONE ? best : Calls.call(key, best);
        for (int i = 1; i < candidates.length; i++) {
            Object itemKey = key == PNone.NONE ? candidates[i] : Calls.call(key, candidates[i]);
            if (Comparisons.test(itemKey, bestKey, better)) {
                best = candidates[i];
                bestKey = itemKey;
            }
        }
        return best;
    }

    private static void defineIteratorTypes(BuiltinDefiner d, BuiltinTypes t, Map<String, Object> members) {
        PythonClass enumerate = t.define("enumerate", null, false);
        d.staticMethod(enumerate, "__new__(cls, iterable, start=0)", a -> {
            Object start = a[2];
            if (IntOps.isInt(start)) {
                start = IntOps.asIntValue(start);
            } else {
                throw PythonErrors.typeError("'" + TypeOf.name(start) + "' object cannot be interpreted as an integer");
            }
            return new PEnumerate((PythonClass) a[0], Iteration.getIterator(a[1]), start, t.tupleType);
        });
        PythonClass zip = t.define("zip", null, false);
        d.staticMethod(zip, "__new__(cls, /, *iterables, strict=False)", a -> {
            Object[] iterables = ((PTuple) a[1]).items();
            Object[] iterators = new Object[iterables.length];
            for (int i = 0; i < iterables.length; i++) {
                if (TypeOf.get(iterables[i]).lookup("__iter__") == null && TypeOf.get(iterables[i]).lookup("__getitem__") == null) {
                    throw PythonErrors.typeError("zip argument #" + (i + 1) + " must support iteration");
                }
                iterators[i] = Iteration.getIterator(iterables[i]);
            }
            return new PZip((PythonClass) a[0], iterators, Truthiness.isTrue(a[2]), t.tupleType);
        });
        PythonClass map = t.define("map", null, false);
        d.staticMethod(map, "__new__(cls, function, /, *iterables)", a -> {
            Object[] iterables = ((PTuple) a[2]).items();
            if (iterables.length == 0) {
                throw PythonErrors.typeError("map() must have at least two arguments.");
            }
            Object[] iterators = new Object[iterables.length];
            for (int i = 0; i < iterables.length; i++) {
                iterators[i] = Iteration.getIterator(iterables[i]);
            }
            return new PMap((PythonClass) a[0], a[1], iterators);
        });
        PythonClass filter = t.define("filter", null, false);
        d.staticMethod(filter, "__new__(cls, function, iterable, /)",
                a -> new PFilter((PythonClass) a[0], a[1], Iteration.getIterator(a[2])));
        PythonClass reversed = t.define("reversed", null, false);
        d.staticMethod(reversed, "__new__(cls, sequence, /)", a -> {
            Object sequence = a[1];
            Object custom = Calls.callSpecial(sequence, "__reversed__");
            if (custom != null) {
                return custom;
            }
            PythonClass type = TypeOf.get(sequence);
            if (type.lookup("__getitem__") == null || type.lookup("__len__") == null || sequence instanceof PDict) {
                throw PythonErrors.typeError("'" + type.getTypeName() + "' object is not reversible");
            }
            return new PReversed((PythonClass) a[0], sequence, Containers.length(sequence));
        });
        for (PythonClass cls : new PythonClass[]{enumerate, zip, map, filter, reversed}) {
            members.put(cls.getName(), cls);
        }
    }
}
