package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.nodes.generators.SendRootNode;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.generators.PCoroutine;
import skein.interpreter.objects.generators.PCoroutineWrapper;
import skein.interpreter.runtime.BuiltinTypes;

/** The methods and attributes of coroutine objects, and of the iterator their {@code __await__} returns. */
public final class CoroutineMethods {

    public static final String WRAPPER_TYPE = "coroutine_wrapper";

    private CoroutineMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass coroutine = t.coroutineType;
        GeneratorMethods.defineShared(d, coroutine, "cr_");
        d.nodeMethod(coroutine, "send(self, value, /)", SendRootNode::new);
        d.method(coroutine, "throw(self, typ, val=None, tb=None, /)",
                a -> ((PCoroutine) a[0]).throwIn(GeneratorMethods.thrownException(a[1], a[2], a[3], t)));
        d.method(coroutine, "close(self, /)", a -> {
            ((PCoroutine) a[0]).resumableFrame().closeFromOutside();
            return PNone.NONE;
        });
        d.getter(coroutine, "cr_await", self -> GeneratorMethods.orNone(GeneratorMethods.frameOf(self).delegate()));
        d.getter(coroutine, "cr_suspended", self -> GeneratorMethods.frameOf(self).state()
                == skein.interpreter.objects.generators.ResumableFrame.State.SUSPENDED);
        d.getter(coroutine, "cr_origin", self -> PNone.NONE);

        PythonClass wrapper = t.define(WRAPPER_TYPE, null, false);
        d.method(coroutine, "__await__(self, /)", a -> new PCoroutineWrapper(wrapper, (PCoroutine) a[0]));
        d.method(wrapper, "__iter__(self, /)", a -> a[0]);
        d.method(wrapper, "__next__(self, /)", a -> ((PCoroutineWrapper) a[0]).coroutine().send(PNone.NONE));
        d.method(wrapper, "send(self, value, /)", a -> ((PCoroutineWrapper) a[0]).coroutine().send(a[1]));
        d.method(wrapper, "throw(self, typ, val=None, tb=None, /)", a -> ((PCoroutineWrapper) a[0]).coroutine()
                .throwIn(GeneratorMethods.thrownException(a[1], a[2], a[3], t)));
        d.method(wrapper, "close(self, /)", a -> {
            ((PCoroutineWrapper) a[0]).coroutine().resumableFrame().closeFromOutside();
            return PNone.NONE;
        });
    }
}
