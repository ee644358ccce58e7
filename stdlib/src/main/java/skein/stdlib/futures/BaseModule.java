package skein.stdlib.futures;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.types.IteratorMethods;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;

/**
 * {@code concurrent.futures._base}, in Java: {@code Future}, {@code Executor}, {@code wait},
 * {@code as_completed}, the exceptions and constants. {@code as_completed} and the results of
 * {@code Executor.map} are generators in CPython (programs print them and ask
 * {@code inspect.getgeneratorstate}), so each is a two-line Python generator delegating to a
 * Java iterator.
 */
public final class BaseModule implements NativeModule {

    static final String NAME = "concurrent.futures._base";

    /** The generators: each delegates to the Java iterator that does the work. */
    private static final String GENERATORS = """
            def as_completed(fs, timeout=None):
                yield from _as_completed(fs, timeout)

            def result_iterator(results):
                try:
                    yield from results
                finally:
                    results.close()

            result_iterator.__qualname__ = 'Executor.map.<locals>.result_iterator'
            _result_iterator = result_iterator
            del result_iterator
            """;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(ModuleBuilder m) {
        for (String name : new String[]{WaitFunctions.FIRST_COMPLETED, WaitFunctions.FIRST_EXCEPTION,
                WaitFunctions.ALL_COMPLETED, WaitFunctions.AS_COMPLETED}) {
            m.constant(name, name);
        }
        for (PFuture.State state : PFuture.State.values()) {
            m.constant(state.name(), state.name());
        }
        FutureClasses classes = FutureClasses.define(m);
        m.constant("TimeoutError", m.types().timeoutError);
        FutureType.define(m.definer(), classes);
        PythonClass mapResults = iteratorType(m, "_MapResults");
        m.definer().method(mapResults, "close(self)", a -> {
            ((MapResults) a[0]).close();
            return PNone.NONE;
        });
        ExecutorTypes.defineExecutor(m, classes, mapResults);
        PythonClass asCompleted = iteratorType(m, "_AsCompleted");
        m.definer().method(asCompleted, "close(self)", a -> {
            ((AsCompleted) a[0]).close();
            return PNone.NONE;
        });
        m.function("_as_completed(fs, timeout)", a -> AsCompleted.start(asCompleted, a[0], a[1]));
        m.function("wait(fs, timeout=None, return_when='ALL_COMPLETED')", a -> WaitFunctions.wait(a[0], a[1], a[2]))
                .wordErrorsAsPython();
    }

    /** A type of the module's Java iterators, which programs only meet inside its generators. */
    private static PythonClass iteratorType(ModuleBuilder m, String name) {
        PythonClass type = m.types().defineInModule(NAME, name, null, false);
        IteratorMethods.defineFor(m.definer(), type);
        return type;
    }

    /** {@code DoneAndNotDoneFutures}, a named tuple made per process as {@code collections.namedtuple} makes them. */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        Object namedtuple = Attributes.get(context.importSystem().importAbsolute("collections"), "namedtuple");
        Object tupleClass = Calls.callWithKeywords(namedtuple, new Object[]{"DoneAndNotDoneFutures", "done not_done"},
                new String[]{"module"}, new Object[]{NAME});
        module.globals().setItem("DoneAndNotDoneFutures", tupleClass);
    }

    @Override
    public String pythonSource() {
        return GENERATORS;
    }
}
