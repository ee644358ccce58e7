package skein.stdlib.heapq;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinBody;
import skein.interpreter.builtins.types.IteratorMethods;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Truthiness;

/**
 * The {@code heapq} module, in Java: the heap functions on lists ({@link Heap}), with the
 * max-heap variants CPython keeps private for {@code nsmallest}, and {@code nsmallest},
 * {@code nlargest} ({@link Selection}) and {@code merge} ({@link Merge}).
 */
public final class HeapqModule implements NativeModule {

    @Override
    public String name() {
        return "heapq";
    }

    @Override
    public void define(ModuleBuilder m) {
        heapFunction(m, "heappush(heap, item, /)", a -> {
            Heap.push(Heap.list(a[0], "heappush() argument 1"), a[1]);
            return PNone.NONE;
        });
        heapFunction(m, "heappop(heap, /)", a -> Heap.pop(Heap.list(a[0], "heappop() argument"), Heap.Order.MIN));
        heapFunction(m, "heapify(heap, /)", a -> {
            Heap.heapify(Heap.list(a[0], "heapify() argument"), Heap.Order.MIN);
            return PNone.NONE;
        });
        heapFunction(m, "heapreplace(heap, item, /)",
                a -> Heap.replace(Heap.list(a[0], "heapreplace() argument 1"), a[1], Heap.Order.MIN));
        heapFunction(m, "heappushpop(heap, item, /)", a -> Heap.pushPop(Heap.list(a[0], "heappushpop() argument 1"), a[1]));
        heapFunction(m, "_heapify_max(heap, /)", a -> {
            Heap.heapify(Heap.list(a[0], "_heapify_max() argument"), Heap.Order.MAX);
            return PNone.NONE;
        });
        heapFunction(m, "_heappop_max(heap, /)", a -> Heap.pop(Heap.list(a[0], "_heappop_max() argument"), Heap.Order.MAX));
        heapFunction(m, "_heapreplace_max(heap, item, /)",
                a -> Heap.replace(Heap.list(a[0], "_heapreplace_max() argument 1"), a[1], Heap.Order.MAX));

        Selection smallest = new Selection(m.types(), false);
        Selection largest = new Selection(m.types(), true);
        m.function("nsmallest(n, iterable, key=None)", a -> smallest.select(Numbers.indexAsLong(a[0]), a[1], a[2]));
        m.function("nlargest(n, iterable, key=None)", a -> largest.select(Numbers.indexAsLong(a[0]), a[1], a[2]));

        // The merge iterator's type is not a module member: the name belongs to the function.
        PythonClass mergeType = m.types().defineInModule(name(), "merge", null, false);
        IteratorMethods.defineFor(m.definer(), mergeType);
        PythonClass listType = m.types().listType;
        m.function("merge(*iterables, key=None, reverse=False)",
                a -> new Merge(mergeType, ((PTuple) a[0]).items(), a[1], Truthiness.isTrue(a[2]), listType));
    }

    /** A heap function, which CPython implements in its {@code _heapq} module and whose errors name it so. */
    private static void heapFunction(ModuleBuilder m, String signature, BuiltinBody body) {
        PBuiltinFunction function = m.definer().function("_heapq", signature, body);
        m.constant(function.name(), function);
    }

    /** {@code __all__} is a list, which a program may change: each process gets its own. */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        Object[] names = {"heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"};
        module.globals().setItem("__all__", new PList(context.types().listType, names));
    }
}
