package skein.stdlib.thread;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.StarArguments;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.exception.Unraisable;

/**
 * The thread functions of {@code _thread}: starting a bare thread (which {@code threading} does
 * not track, and the program does not wait for at exit), thread identities, and ending the
 * current thread.
 */
final class ThreadFunctions {

    private ThreadFunctions() {
    }

    static void define(ModuleBuilder m) {
        for (String name : new String[]{"start_new_thread", "start_new"}) {
            m.function(name + "(function, args, kwargs=?, /)", a -> startNewThread(a[0], a[1], a[2]));
        }
        m.function("get_ident()", a -> Idents.of(Thread.currentThread()));
        m.function("get_native_id()", a -> Idents.of(Thread.currentThread()));
        m.function("_count()", a -> (long) SkeinContext.get(null).threads().running());
        m.function("stack_size(size=0, /)",
                a -> SkeinContext.get(null).moduleState(StackSize.class, StackSize::new).replace(a[0]));
        for (String name : new String[]{"exit", "exit_thread"}) {
            m.function(name + "()", a -> {
                throw new PException((PBaseException) Calls.call(m.types().systemExit), null);
            });
        }
    }

    /** {@code start_new_thread(function, args[, kwargs])}: the new thread's ident. */
    private static long startNewThread(Object function, Object args, Object kwargs) {
        if (!Calls.isCallable(function)) {
            throw PythonErrors.typeError("first arg must be callable");
        }
        if (!(args instanceof PTuple positional)) {
            throw PythonErrors.typeError("2nd arg must be a tuple");
        }
        if (kwargs != Missing.INSTANCE && !(kwargs instanceof PDict)) {
            throw PythonErrors.typeError("optional 3rd arg must be a dictionary");
        }
        Object keywords = kwargs == Missing.INSTANCE ? new PDict(SkeinContext.get(null).types().dictType) : kwargs;
        SkeinContext context = SkeinContext.get(null);
        Thread thread = context.threads().start(() -> run(context, function, positional, keywords),
                () -> Reprs.repr(function), StackSize.of(context));
        return Idents.of(thread);
    }

    /** The new thread's whole life: SystemExit ends it quietly, any other exception is unraisable. */
    private static void run(SkeinContext context, Object function, PTuple args, Object kwargs) {
        try {
            StarArguments.call(function, args, kwargs);
        } catch (PException e) {
            PBaseException exception = e.pythonException();
            if (!exception.getPythonClass().isSubclassOf(context.types().systemExit) && !context.threads().closing()) {
                Unraisable.report(context, exception, "Exception ignored in thread started by", function);
            }
        }
    }
}
