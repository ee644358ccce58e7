package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.runtime.exception.PythonErrors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Every Python object that is not a Java primitive stand-in (int, float, bool, str are Java
 * {@code Long}/{@code BigInteger}, {@code Double}, {@code Boolean}, {@code String}). It knows its
 * class and, when its class gives instances one, its {@code __dict__}.
 */
public class PythonObject implements TruffleObject {

    private static final VarHandle DICT;
    private static final VarHandle ID;

    static {
        try {
            DICT = MethodHandles.lookup().findVarHandle(PythonObject.class, "dict", PDict.class);
            ID = MethodHandles.lookup().findVarHandle(PythonObject.class, "id", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The {@link #dict} of an object whose dict is each thread's own (see {@link #threadDict}). */
    private static final PDict PER_THREAD = new PDict(null);

    private PythonClass pythonClass;
    /** Created on the first attribute write; another thread may race to create it. */
    private volatile PDict dict;
    /** {@code id(self)}, 0 until first asked for. */
    private volatile long id;
    /** Values of {@code __slots__} attributes, kept apart from {@code __dict__}; created on first use. */
    private volatile PDict slotValues;

    public PythonObject(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
    }

    /**
     * An object whose {@code __dict__} is each thread's own ({@code _thread._local}): its dict
     * accessors ask {@link #threadDict}, which it overrides; its dict cannot be replaced.
     */
    protected PythonObject(PythonClass pythonClass, boolean dictPerThread) {
        this.pythonClass = pythonClass;
        this.dict = dictPerThread ? PER_THREAD : null;
    }

    public final PythonClass getPythonClass() {
        return pythonClass;
    }

    /** {@code obj.__class__ = cls}; the caller has checked that the layouts agree. */
    public final void setPythonClass(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
    }

    /** The instance dict, or null when none was created yet. */
    public final PDict getDict() {
        PDict d = dict;
        return d == PER_THREAD ? threadDict() : d;
    }

    public final PDict getOrCreateDict() {
        PDict d = dict;
        if (d == null) {
            PDict fresh = new PDict(SkeinLanguage.types().dictType);
            d = DICT.compareAndSet(this, null, fresh) ? fresh : dict;
        }
        return d == PER_THREAD ? threadDict() : d;
    }

    /** The current thread's dict, made on its first use, of an object made with a dict per thread. */
    @TruffleBoundary
    protected PDict threadDict() {
        throw new UnsupportedOperationException(getClass().getName() + " has no dict per thread");
    }

    /** The storage of this object's {@code __slots__} values, made on first use. */
    public final synchronized PDict slotValues() {
        PDict values = slotValues;
        if (values == null) {
            values = new PDict(SkeinLanguage.types().dictType);
            slotValues = values;
        }
        return values;
    }

    public final long getId() {
        return id;
    }

    /** Sets the id unless another thread did first; returns the id that stands. */
    public final long assignId(long candidate) {
        return ID.compareAndSet(this, 0L, candidate) ? candidate : id;
    }

    /** {@code obj.__dict__ = mapping}. */
    public final void setDict(PDict newDict) {
        if (dict == PER_THREAD) {
            throw PythonErrors.attributeError("'" + pythonClass.getTypeName() + "' object attribute '__dict__' is read-only");
        }
        this.dict = newDict;
    }
}
