package skein.stdlib.queue;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PGenericAlias;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.stdlib.PythonLikeClasses;
import skein.stdlib.queue.BuiltinHooks.Hook;

/**
 * The types {@code Queue}, {@code LifoQueue} and {@code PriorityQueue} of the {@code queue}
 * module: CPython's methods and hooks, and its instance attributes as assignable attributes.
 * {@code LifoQueue} and {@code PriorityQueue} are subclasses that only redefine the hooks.
 */
final class QueueTypes {

    private QueueTypes() {
    }

    static void define(ModuleBuilder m, QueueClasses classes) {
        BuiltinDefiner d = m.definer();
        BuiltinHooks hooks = classes.hooks();
        PythonClass queue = pythonClassLike(m, "Queue", cls -> new Queue(cls, classes));

        d.method(queue, "__init__(self, maxsize=0)", a -> {
            ((Queue) a[0]).initialize(a[1]);
            return PNone.NONE;
        });
        PBuiltinFunction put = d.method(queue, "put(self, item, block=True, timeout=None)", a -> {
            ((Queue) a[0]).put(a[1], a[2], a[3]);
            return PNone.NONE;
        });
        PBuiltinFunction get = d.method(queue, "get(self, block=True, timeout=None)",
                a -> ((Queue) a[0]).get(a[1], a[2]));
        d.method(queue, "put_nowait(self, item)", a -> {
            Queue self = (Queue) a[0];
            if (BuiltinHooks.inherits(self, "put", put)) {
                self.put(a[1], false, PNone.NONE);
                return PNone.NONE;
            }
            return Calls.callWithKeywords(Attributes.get(self, "put"), new Object[]{a[1]},
                    new String[]{"block"}, new Object[]{false});
        });
        d.method(queue, "get_nowait(self)", a -> {
            Queue self = (Queue) a[0];
            if (BuiltinHooks.inherits(self, "get", get)) {
                return self.get(false, PNone.NONE);
            }
            return Calls.callWithKeywords(Attributes.get(self, "get"), new Object[0],
                    new String[]{"block"}, new Object[]{false});
        });
        d.method(queue, "task_done(self)", a -> {
            ((Queue) a[0]).taskDone();
            return PNone.NONE;
        });
        d.method(queue, "join(self)", a -> {
            ((Queue) a[0]).join();
            return PNone.NONE;
        });
        d.method(queue, "qsize(self)", a -> ((Queue) a[0]).qsize());
        d.method(queue, "empty(self)", a -> ((Queue) a[0]).empty());
        d.method(queue, "full(self)", a -> ((Queue) a[0]).full());
        d.classMethod(queue, "__class_getitem__(cls, item, /)", a -> PGenericAlias.of(
                m.types().other(PGenericAlias.TYPE_NAME), m.types().tupleType, a[0], a[1]));
        defineAttributes(d, queue);
        defineHooks(d, hooks, queue, Storage.FIFO);

        defineHooks(d, hooks, pythonClassLike(m, "LifoQueue", null, queue), Storage.LIFO);
        defineHooks(d, hooks, pythonClassLike(m, "PriorityQueue", null, queue), Storage.PRIORITY);
    }

    /**
     * A type of the module named as the classes of CPython's {@code queue.py} are: error
     * messages call it by its bare name ({@code 'Queue' object has no attribute 'x'}), not
     * {@code queue.Queue} as they call a type of a C module.
     */
    static PythonClass pythonClassLike(ModuleBuilder m, String name, PythonClass.InstanceFactory factory,
                                       PythonClass... bases) {
        return PythonLikeClasses.define(m, name, factory, bases);
    }

    /** What CPython's {@code __init__} stores in the instance dict, here in the queue's fields. */
    private static void defineAttributes(BuiltinDefiner d, PythonClass queue) {
        d.getSet(queue, "maxsize", self -> ((Queue) self).maxsize(), (self, value) -> ((Queue) self).setMaxsize(value));
        d.getSet(queue, "queue", self -> ((Queue) self).container(), (self, value) -> ((Queue) self).setContainer(value));
        d.getSet(queue, "mutex", self -> ((Queue) self).mutex(), (self, value) -> ((Queue) self).setMutex(value));
        d.getSet(queue, "not_empty", self -> ((Queue) self).notEmpty(),
                (self, value) -> ((Queue) self).setNotEmpty(value));
        d.getSet(queue, "not_full", self -> ((Queue) self).notFull(), (self, value) -> ((Queue) self).setNotFull(value));
        d.getSet(queue, "all_tasks_done", self -> ((Queue) self).allTasksDone(),
                (self, value) -> ((Queue) self).setAllTasksDone(value));
        d.getSet(queue, "unfinished_tasks", self -> ((Queue) self).unfinishedTasks(),
                (self, value) -> ((Queue) self).setUnfinishedTasks(value));
    }

    /** {@code _init}, {@code _qsize}, {@code _put}, {@code _get} of one storage, recorded as the builtin hooks. */
    private static void defineHooks(BuiltinDefiner d, BuiltinHooks hooks, PythonClass type, Storage storage) {
        hooks.addType(storage, type);
        hooks.add(Hook.INIT, storage, d.method(type, "_init(self, maxsize)", a -> {
            ((Queue) a[0]).initContainer(storage);
            return PNone.NONE;
        }));
        hooks.add(Hook.QSIZE, storage, d.method(type, "_qsize(self)", a -> ((Queue) a[0]).size(storage)));
        hooks.add(Hook.PUT, storage, d.method(type, "_put(self, item)", a -> {
            ((Queue) a[0]).putItem(storage, a[1]);
            return PNone.NONE;
        }));
        hooks.add(Hook.GET, storage, d.method(type, "_get(self)", a -> ((Queue) a[0]).getItem(storage)));
    }
}
