package skein.stdlib.queue;

import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PythonClass;

/**
 * The Java-defined methods of the queue types that a subclass may override: CPython's hooks
 * {@code _init}, {@code _qsize}, {@code _put}, {@code _get} (one per {@link Storage}), and
 * {@code put}, {@code get} (which {@code put_nowait} and {@code get_nowait} call). A queue asks
 * here which one attribute lookup would find, so that it runs the Java code directly when that
 * is one of these and calls the Python override only when there is one.
 */
final class BuiltinHooks {

    /** The hook methods, by their Python names. */
    enum Hook {
        INIT("_init"), QSIZE("_qsize"), PUT("_put"), GET("_get");

        final String methodName;

        Hook(String methodName) {
            this.methodName = methodName;
        }
    }

    private final PBuiltinFunction[][] hooks = new PBuiltinFunction[Hook.values().length][Storage.values().length];
    /** {@code Queue}, {@code LifoQueue}, {@code PriorityQueue} by storage: immutable, so their hooks never change. */
    private final PythonClass[] types = new PythonClass[Storage.values().length];

    /** Records the type whose own hooks are those of {@code storage}; only while the module is defined. */
    void addType(Storage storage, PythonClass type) {
        types[storage.ordinal()] = type;
    }

    /** Records the Java method that defines {@code hook} for {@code storage}; only while the module is defined. */
    void add(Hook hook, Storage storage, PBuiltinFunction function) {
        hooks[hook.ordinal()][storage.ordinal()] = function;
    }

    /**
     * The storage whose Java {@code hook} {@code queue.<hook>} finds; null when the queue's class
     * (or the instance itself) overrides it, and the queue must call it.
     */
    Storage storage(Queue queue, Hook hook) {
        PythonClass type = queue.getPythonClass();
        if (type.isBuiltin() && hasNoDict(queue)) {
            for (int i = 0; i < types.length; i++) {
                if (types[i] == type) {
                    return Storage.values()[i];
                }
            }
        }
        Object found = lookup(queue, hook.methodName);
        PBuiltinFunction[] candidates = hooks[hook.ordinal()];
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] == found) {
                return Storage.values()[i];
            }
        }
        return null;
    }

    /** Whether {@code queue.<name>} finds the Java method {@code builtin}, not an override. */
    static boolean inherits(Queue queue, String name, PBuiltinFunction builtin) {
        return lookup(queue, name) == builtin;
    }

    /**
     * What {@code queue.<name>} finds in the class, or null when attribute access could find
     * something else first: a custom {@code __getattribute__} or an entry in the instance dict.
     */
    private static Object lookup(Queue queue, String name) {
        PythonClass type = queue.getPythonClass();
        if (type.hasCustomGetattribute()) {
            return null;
        }
        if (!hasNoDict(queue) && queue.getDict().getItem(name) != null) {
            return null;
        }
        return type.lookup(name);
    }

    private static boolean hasNoDict(Queue queue) {
        PDict dict = queue.getDict();
        return dict == null || dict.size() == 0;
    }
}
