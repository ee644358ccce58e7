package skein.stdlib.queue;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PythonClass;

/**
 * The {@code queue} module, in Java: {@code Queue}, {@code LifoQueue}, {@code PriorityQueue},
 * the {@code Full} exception, and {@code SimpleQueue} and {@code Empty} from {@code _queue}.
 */
public final class QueueModule implements NativeModule {

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public void define(ModuleBuilder m) {
        PythonClass empty = (PythonClass) m.memberOf("_queue", "Empty");
        m.constant("Empty", empty);
        PythonClass full = QueueTypes.pythonClassLike(m, "Full", null, m.types().exception);
        QueueClasses classes = new QueueClasses(
                (PythonClass) m.memberOf("collections", "deque"),
                m.types().listType,
                (PythonClass) m.memberOf("_thread", "LockType"),
                (PythonClass) m.memberOf("threading", "Condition"),
                empty, full, new BuiltinHooks());
        QueueTypes.define(m, classes);
        m.constant("SimpleQueue", m.memberOf("_queue", "SimpleQueue"));
    }

    /** {@code __all__} is a list, which a program may change: each process gets its own. */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        Object[] names = {"Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"};
        module.globals().setItem("__all__", new PList(context.types().listType, names));
    }
}
