package skein.stdlib.thread;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code _thread._local} ({@code threading.local}): its {@code __dict__} is the current
 * thread's own, so every attribute read, write and delete sees only that thread's values. A
 * thread's dict is made the first time it touches the object; for a subclass with its own
 * {@code __init__}, that runs then, with the arguments the object was constructed with.
 */
public final class Local extends PythonObject {

    /** Each thread's dict; entries of threads that ended are dropped when another thread arrives. */
    private final Map<Thread, PDict> dicts = new ConcurrentHashMap<>();
    private Object[] args = new Object[0];
    private String[] keywordNames;
    private Object[] keywordValues;

    public Local(PythonClass cls) {
        super(cls, true);
    }

    /**
     * {@code __new__}: keeps the constructor's arguments for other threads' {@code __init__} and
     * gives the constructing thread its dict, which {@code type.__call__} then initializes.
     */
    void construct(Object[] args, String[] keywordNames, Object[] keywordValues) {
        this.args = args;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        dicts.put(Thread.currentThread(), newDict());
    }

    @Override
    @TruffleBoundary
    protected PDict threadDict() {
        PDict dict = dicts.get(Thread.currentThread());
        return dict != null ? dict : firstTouch();
    }

    /** The current thread's first use: its dict, initialized by the class's {@code __init__} if it has one. */
    private PDict firstTouch() {
        Thread current = Thread.currentThread();
        dicts.keySet().removeIf(thread -> !thread.isAlive());
        PDict dict = newDict();
        dicts.put(current, dict);
        PythonClass cls = getPythonClass();
        Object init = cls.lookup("__init__");
        if (init != SkeinLanguage.types().objectType.lookup("__init__")) {
            try {
                Calls.callWithKeywords(Attributes.bindDescriptor(init, this, cls), args, keywordNames, keywordValues);
            } catch (RuntimeException e) {
                dicts.remove(current);
                throw e;
            }
        }
        return dict;
    }

    private static PDict newDict() {
        return new PDict(SkeinLanguage.types().dictType);
    }
}
