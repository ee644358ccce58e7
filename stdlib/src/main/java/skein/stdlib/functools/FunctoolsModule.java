package skein.stdlib.functools;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PMethod;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.DictUpdate;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.BundledSource;
import skein.stdlib.Constructors;

import java.util.Arrays;

/**
 * The {@code functools} module. In Java: {@code partial}, {@code reduce}, {@code cmp_to_key},
 * {@code update_wrapper}/{@code wraps} and the cached-function object behind
 * {@code lru_cache}. In Python ({@code functools.py}): the decorators around them
 * ({@code lru_cache}, {@code cache}), {@code total_ordering}, {@code cached_property} and
 * {@code singledispatch}, which read best as the class-building code they are.
 */
public final class FunctoolsModule implements NativeModule {

    private static final String PYTHON_PART = BundledSource.read(FunctoolsModule.class, "functools.py");

    @Override
    public String name() {
        return "functools";
    }

    @Override
    public void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        BuiltinDefiner d = m.definer();
        PythonClass partial = definePartial(m, d, t);

        PTuple assignments = new PTuple(t.tupleType,
                new Object[]{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"});
        PTuple updates = new PTuple(t.tupleType, new Object[]{"__dict__"});
        m.constant("WRAPPER_ASSIGNMENTS", assignments);
        m.constant("WRAPPER_UPDATES", updates);
        PBuiltinFunction updateWrapper = m.function("update_wrapper(wrapper, wrapped, assigned=?, updated=?)", a ->
                updateWrapper(a[0], a[1], a[2] == Missing.INSTANCE ? assignments : a[2],
                        a[3] == Missing.INSTANCE ? updates : a[3], t));
        m.function("wraps(wrapped, assigned=?, updated=?)", a -> {
            PDict keywords = new PDict(t.dictType);
            keywords.setItem("wrapped", a[0]);
            keywords.setItem("assigned", a[1] == Missing.INSTANCE ? assignments : a[1]);
            keywords.setItem("updated", a[2] == Missing.INSTANCE ? updates : a[2]);
            return new Partial(partial, updateWrapper, new PTuple(t.tupleType, new Object[0]), keywords);
        });

        m.function("reduce(function, iterable, initial=?, /)", a -> reduce(a[0], a[1], a[2]));

        PythonClass keyWrapper = m.type("KeyWrapper", null, false);
        d.method(keyWrapper, "__call__(self, obj)", a -> ((KeyWrapper) a[0]).wrap(a[1]));
        d.getter(keyWrapper, "obj", self -> {
            Object object = ((KeyWrapper) self).object();
            return object == null ? PNone.NONE : object;
        });
        d.constant(keyWrapper, "__hash__", PNone.NONE);
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(keyWrapper, op.method + "(self, value, /)", a -> ((KeyWrapper) a[0]).compareWith(a[1], op));
        }
        m.function("cmp_to_key(mycmp)", a -> new KeyWrapper(keyWrapper, a[0], null));

        defineLruCacheWrapper(m, d, t);
    }

    @Override
    public String pythonSource() {
        return PYTHON_PART;
    }

    private static PythonClass definePartial(ModuleBuilder m, BuiltinDefiner d, BuiltinTypes t) {
        PythonClass partial = m.type("partial", null, true);
        PBuiltinFunction call = d.method(partial, "__call__(self, /, *args, **keywords)", a ->
                ((Partial) a[0]).call(((PTuple) a[1]).items(), (PDict) a[2]));
        d.staticMethod(partial, "__new__(cls, /, *args, **keywords)", a -> {
            PythonClass cls = Constructors.subtype(a[0], partial);
            Object[] args = ((PTuple) a[1]).items();
            if (args.length == 0) {
                throw PythonErrors.typeError("type 'partial' takes at least one argument");
            }
            Object function = args[0];
            if (!Calls.isCallable(function)) {
                throw PythonErrors.typeError("the first argument must be callable");
            }
            Object[] fixed = Arrays.copyOfRange(args, 1, args.length);
            PDict keywords = (PDict) a[2];
            // A partial of a partial (with no attributes of its own) becomes one partial.
            if (function instanceof Partial inner && inner.getDict() == null
                    && TypeOf.get(inner).lookup("__call__") == call) {
                Object[] merged = new Object[inner.args().size() + fixed.length];
                System.arraycopy(inner.args().items(), 0, merged, 0, inner.args().size());
                System.arraycopy(fixed, 0, merged, inner.args().size(), fixed.length);
                PDict mergedKeywords = inner.keywords().copy(t.dictType);
                mergedKeywords.putAll(keywords);
                return new Partial(cls, inner.function(), new PTuple(t.tupleType, merged), mergedKeywords);
            }
            return new Partial(cls, function, new PTuple(t.tupleType, fixed), keywords);
        });
        d.getter(partial, "func", self -> ((Partial) self).function());
        d.getter(partial, "args", self -> ((Partial) self).args());
        d.getter(partial, "keywords", self -> ((Partial) self).keywords());
        d.method(partial, "__repr__(self, /)", a -> ((Partial) a[0]).repr(TypeOf.get(a[0]) == partial));
        d.method(partial, "__reduce__(self, /)", a -> {
            Partial self = (Partial) a[0];
            PDict dict = self.getDict();
            Object state = new PTuple(t.tupleType, new Object[]{self.function(), self.args(), self.keywords(),
                    dict == null || dict.size() == 0 ? PNone.NONE : dict});
            return new PTuple(t.tupleType, new Object[]{TypeOf.get(self),
                    new PTuple(t.tupleType, new Object[]{self.function()}), state});
        });
        d.method(partial, "__setstate__(self, state, /)", a -> {
            restorePartial((Partial) a[0], a[1], t);
            return PNone.NONE;
        });
        return partial;
    }

    /** {@code partial.__setstate__((func, args, kwds, dict))}, checked as CPython checks it. */
    private static void restorePartial(Partial self, Object state, BuiltinTypes t) {
        if (!(state instanceof PTuple tuple) || tuple.size() != 4) {
            throw PythonErrors.typeError("argument to __setstate__ must be a tuple");
        }
        Object function = tuple.get(0);
        Object args = tuple.get(1);
        Object keywords = tuple.get(2);
        Object dict = tuple.get(3);
        if (!Calls.isCallable(function) || !(args instanceof PTuple) || (keywords != PNone.NONE && !(keywords instanceof PDict))) {
            throw PythonErrors.typeError("invalid partial state");
        }
        PTuple plainArgs = ((PTuple) args).getPythonClass() == t.tupleType ? (PTuple) args
                : new PTuple(t.tupleType, ((PTuple) args).items());
        PDict plainKeywords = keywords == PNone.NONE ? new PDict(t.dictType) : ((PDict) keywords).copy(t.dictType);
        self.restore(function, plainArgs, plainKeywords);
        if (dict == PNone.NONE) {
            self.setDict(null);
        } else if (dict instanceof PDict attributes) {
            self.setDict(attributes.copy(t.dictType));
        } else {
            throw PythonErrors.typeError("invalid partial state");
        }
    }

    private static void defineLruCacheWrapper(ModuleBuilder m, BuiltinDefiner d, BuiltinTypes t) {
        PythonObject keywordMark = new PythonObject(t.objectType);
        PythonClass wrapper = m.type("_lru_cache_wrapper", null, true);
        d.staticMethod(wrapper, "__new__(cls, user_function, maxsize, typed, cache_info_type, /)", a -> {
            PythonClass cls = Constructors.subtype(a[0], wrapper);
            if (!(a[4] instanceof PythonClass cacheInfoType)) {
                throw PythonErrors.typeError("cache_info_type must be a class, not " + TypeOf.name(a[4]));
            }
            if (!Calls.isCallable(a[1])) {
                throw PythonErrors.typeError("the first argument must be callable");
            }
            long maxsize;
            if (a[2] == PNone.NONE) {
                maxsize = -1;
            } else {
                Object size = Numbers.index(a[2]);
                maxsize = size instanceof Long l ? Math.max(0, l) : (IntOps.compare(size, 0L) < 0 ? 0 : Long.MAX_VALUE);
            }
            return new LruCacheWrapper(cls, a[1], maxsize, Truthiness.isTrue(a[3]), cacheInfoType, keywordMark, t.dictType);
        });
        d.method(wrapper, "__call__(self, /, *args, **kwargs)", a ->
                ((LruCacheWrapper) a[0]).call((PTuple) a[1], (PDict) a[2], t.tupleType));
        d.method(wrapper, "__get__(self, instance, owner=None, /)", a ->
                a[1] == PNone.NONE ? a[0] : new PMethod(t.methodType, a[1], a[0]));
        d.method(wrapper, "cache_info(self, /)", a -> ((LruCacheWrapper) a[0]).cacheInfo());
        d.method(wrapper, "cache_clear(self, /)", a -> {
            ((LruCacheWrapper) a[0]).clear();
            return PNone.NONE;
        });
        d.method(wrapper, "__copy__(self, /)", a -> a[0]);
        d.method(wrapper, "__deepcopy__(self, memo, /)", a -> a[0]);
    }

    /** {@code functools.reduce}: folds from the left, starting from initial or the first item. */
    private static Object reduce(Object function, Object iterable, Object initial) {
        if (!Iteration.isIterable(iterable)) {
            throw PythonErrors.typeError("reduce() arg 2 must support iteration");
        }
        Object iterator = Iteration.getIterator(iterable);
        Object accumulated = initial == Missing.INSTANCE ? Iteration.next(iterator) : initial;
        if (accumulated == null) {
            throw PythonErrors.typeError("reduce() of empty iterable with no initial value");
        }
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            accumulated = Calls.call(function, accumulated, item);
        }
        return accumulated;
    }

    /**
     * Copies each attribute in {@code assigned} that wrapped has onto wrapper, updates each
     * mapping in {@code updated} of wrapper from wrapped's, and sets {@code __wrapped__}.
     */
    private static Object updateWrapper(Object wrapper, Object wrapped, Object assigned, Object updated, BuiltinTypes t) {
        for (Object name : Iteration.toArray(assigned)) {
            Object value = attributeOrNull(wrapped, attributeName(name), t);
            if (value != null) {
                Attributes.set(wrapper, attributeName(name), value);
            }
        }
        for (Object name : Iteration.toArray(updated)) {
            Object target = Attributes.get(wrapper, attributeName(name));
            Object source = attributeOrNull(wrapped, attributeName(name), t);
            if (source == null) {
                source = new PDict(t.dictType);
            }
            if (target instanceof PDict dict && dict.getPythonClass() == t.dictType) {
                DictUpdate.update(dict, source);
            } else {
                Calls.callMethod(target, "update", source);
            }
        }
        Attributes.set(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    /** {@code getattr(obj, name, None)}, an AttributeError from a descriptor counting as absent too. */
    private static Object attributeOrNull(Object obj, String name, BuiltinTypes t) {
        try {
            return Attributes.getOrNull(obj, name);
        } catch (PException e) {
            if (e.pythonClass().isSubclassOf(t.attributeError)) {
                return null;
            }
            throw e;
        }
    }

    private static String attributeName(Object name) {
        if (!(name instanceof String s)) {
            throw PythonErrors.typeError("attribute name must be string, not '" + TypeOf.name(name) + "'");
        }
        return s;
    }
}
