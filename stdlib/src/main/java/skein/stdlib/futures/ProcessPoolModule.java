package skein.stdlib.futures;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PModule;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code concurrent.futures.process}: {@code ProcessPoolExecutor} runs its work in child
 * processes, which come with {@code multiprocessing}; until Skein has that module, importing
 * this one (as {@code concurrent.futures.ProcessPoolExecutor} does) says so.
 */
public final class ProcessPoolModule implements NativeModule {

    static final String NAME = "concurrent.futures.process";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(ModuleBuilder m) {
    }

    @Override
    public void initialize(PModule module, SkeinContext context) {
        throw PythonErrors.notImplementedError("concurrent.futures.ProcessPoolExecutor needs the multiprocessing "
                + "module, which Skein does not have yet");
    }
}
