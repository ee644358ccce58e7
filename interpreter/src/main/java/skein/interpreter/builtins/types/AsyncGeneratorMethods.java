package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.generators.PAsyncGenerator;
import skein.interpreter.objects.generators.PAsyncGeneratorAwaitable.Mode;
import skein.interpreter.objects.generators.PAsyncGeneratorAwaitable;
import skein.interpreter.runtime.BuiltinTypes;

/**
 * The methods and attributes of async generators, and of the awaitables their
 * {@code __anext__}, {@code asend}, {@code athrow} and {@code aclose} return.
 */
public final class AsyncGeneratorMethods {

    private AsyncGeneratorMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass generator = t.asyncGeneratorType;
        GeneratorMethods.defineShared(d, generator, "ag_");
        PythonClass asend = t.define("async_generator_asend", null, false);
        PythonClass athrow = t.define("async_generator_athrow", null, false);
        d.getter(generator, "ag_running", self -> ((PAsyncGenerator) self).isRunningAsync());
        d.getter(generator, "ag_await", self -> GeneratorMethods.orNone(GeneratorMethods.frameOf(self).delegate()));
        d.method(generator, "__aiter__(self, /)", a -> a[0]);
        d.method(generator, "__anext__(self, /)",
                a -> new PAsyncGeneratorAwaitable(asend, (PAsyncGenerator) a[0], Mode.SEND, PNone.NONE, null));
        d.method(generator, "asend(self, value, /)",
                a -> new PAsyncGeneratorAwaitable(asend, (PAsyncGenerator) a[0], Mode.SEND, a[1], null));
        d.method(generator, "athrow(self, typ, val=None, tb=None, /)",
                a -> new PAsyncGeneratorAwaitable(athrow, (PAsyncGenerator) a[0], Mode.THROW, PNone.NONE,
                        () -> GeneratorMethods.thrownException(a[1], a[2], a[3], t)));
        d.method(generator, "aclose(self, /)",
                a -> new PAsyncGeneratorAwaitable(athrow, (PAsyncGenerator) a[0], Mode.CLOSE, PNone.NONE, null));
        for (PythonClass awaitable : new PythonClass[]{asend, athrow}) {
            d.method(awaitable, "__await__(self, /)", a -> a[0]);
            d.method(awaitable, "__iter__(self, /)", a -> a[0]);
            d.method(awaitable, "__next__(self, /)", a -> ((PAsyncGeneratorAwaitable) a[0]).send(PNone.NONE));
            d.method(awaitable, "send(self, value, /)", a -> ((PAsyncGeneratorAwaitable) a[0]).send(a[1]));
            d.method(awaitable, "throw(self, typ, val=None, tb=None, /)", a -> ((PAsyncGeneratorAwaitable) a[0])
                    .throwIn(GeneratorMethods.thrownException(a[1], a[2], a[3], t)));
            d.method(awaitable, "close(self, /)", a -> {
                ((PAsyncGeneratorAwaitable) a[0]).close();
                return PNone.NONE;
            });
        }
    }
}
