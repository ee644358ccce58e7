package skein.stdlib.futures;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PModule;

/** The package {@code concurrent}, whose only content is the package {@code concurrent.futures}. */
public final class ConcurrentModule implements NativeModule {

    @Override
    public String name() {
        return "concurrent";
    }

    @Override
    public void define(ModuleBuilder m) {
    }

    /** A {@code __path__} makes it a package, so that {@code from concurrent import futures} imports the submodule. */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        module.globals().setItem("__path__", new PList(context.types().listType, new Object[0]));
        module.globals().setItem("__package__", "concurrent");
    }
}
