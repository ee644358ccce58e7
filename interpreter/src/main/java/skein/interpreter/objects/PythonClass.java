package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python class: builtin types (one per language, immutable) and classes made by {@code class}
 * statements or {@code type(name, bases, ns)} (one per context, mutable). Attribute lookup
 * along the MRO is cached per class and the cache is dropped, here and in every subclass,
 * whenever a class in the chain changes.
 */
public final class PythonClass extends PythonObject {

    /** Makes the Java object for a new instance of a class whose layout this base decides. */
    @FunctionalInterface
    public interface InstanceFactory {
        PythonObject create(PythonClass cls);
    }

    private static final Object NOT_FOUND = new Object();

    private volatile String name;
    private volatile String qualname;
    /** CPython's {@code tp_name} of a builtin type: {@code 'datetime.date'} for one from a module. */
    private final String builtinTypeName;
    private volatile PythonClass[] bases;
    private volatile PythonClass[] mro;
    private final PDict namespace;
    private final boolean builtin;
    private boolean isFinal;
    private final InstanceFactory factory;
    /** The class whose factory makes this class's instances: the nearest one that set its own. */
    private final PythonClass solidBase;
    private final boolean instancesHaveDict;
    private final List<WeakReference<PythonClass>> subclasses = new ArrayList<>();
    /**
     * Results of {@link #lookup} by name, {@link #NOT_FOUND} for misses. A dict, so the
     * compiler can inline the lock-free read; replaced wholesale when the class changes.
     */
    private volatile PDict lookupCache;
    /** Bit set of {@link #FLAGS_KNOWN} and the special-method flags below; 0 until computed. */
    private volatile int flags;

    private static final int FLAGS_KNOWN = 1;
    private static final int CUSTOM_GETATTRIBUTE = 2;
    private static final int HAS_GETATTR = 4;
    private static final int CUSTOM_SETATTR = 8;

    private PythonClass(PythonClass metaclass, String name, PythonClass[] bases, PDict namespace,
                        boolean builtin, InstanceFactory ownFactory, boolean instancesHaveDict) {
        super(metaclass);
        this.name = name;
        this.qualname = name;
        this.builtinTypeName = builtin ? name : null;
        this.bases = bases;
        this.namespace = namespace;
        this.lookupCache = new PDict(namespace.getPythonClass());
        this.builtin = builtin;
        this.instancesHaveDict = instancesHaveDict;
        if (ownFactory != null || bases.length == 0) {
            this.factory = ownFactory;
            this.solidBase = this;
        } else {
            PythonClass base = SolidBases.pick(bases);
            if (builtin && base.solidBase.bases.length == 0) {
                // A builtin type directly on object without a factory has instances of its own
                // Java class, made only by its own __new__: a layout unrelated to any other.
                this.factory = null;
                this.solidBase = this;
            } else {
                this.factory = base.factory;
                this.solidBase = base.solidBase;
            }
        }
    }

    /** A builtin type; {@code metaclass} is null only while {@code type} itself is being made. */
    public static PythonClass builtin(PythonClass metaclass, String name, PythonClass[] bases, PDict namespace,
                                      InstanceFactory factory, boolean instancesHaveDict) {
        PythonClass cls = new PythonClass(metaclass, name, bases, namespace, true, factory, instancesHaveDict);
        cls.mro = MethodResolutionOrder.compute(cls, bases);
        cls.registerWithBases();
        return cls;
    }

    /**
     * A class made at run time. The caller has checked the bases (layout conflicts, final
     * types) through {@link SolidBases}; the MRO may still be inconsistent, which raises.
     */
    public static PythonClass heap(PythonClass metaclass, String name, PythonClass[] bases, PDict namespace,
                                   boolean instancesHaveDict) {
        PythonClass cls = new PythonClass(metaclass, name, bases, namespace, false, null, instancesHaveDict);
        cls.mro = MethodResolutionOrder.compute(cls, bases);
        cls.registerWithBases();
        return cls;
    }

    /** Fixes the metaclass of {@code type} and {@code object}, which exist before {@code type} does. */
    public void bootstrapMetaclass(PythonClass metaclass) {
        setPythonClass(metaclass);
    }

    @TruffleBoundary
    private void registerWithBases() {
        for (PythonClass base : bases) {
            synchronized (base.subclasses) {
                base.subclasses.add(new WeakReference<>(this));
            }
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /**
     * The name error messages use, as CPython's {@code tp_name}: a builtin type defined by a
     * module keeps its module in it ({@code datetime.date}); other classes use {@code __name__}.
     */
    public String getTypeName() {
        return builtinTypeName != null ? builtinTypeName : name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PythonClass[] getBases() {
        return bases;
    }

    public PythonClass getBase() {
        return bases.length == 0 ? null : bases[0];
    }

    public PythonClass[] getMro() {
        return mro;
    }

    /** The class namespace, {@code cls.__dict__}. Writes must go through {@link #setAttribute}. */
    public PDict getNamespace() {
        return namespace;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** A builtin type that refuses subclasses ("is not an acceptable base type"), as {@code _thread.lock}. */
    public void setFinal() {
        this.isFinal = true;
    }

    public boolean isFinal() {
        return isFinal;
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    public PythonClass getSolidBase() {
        return solidBase;
    }

    /** False for types whose instances only their own {@code __new__} can make (int, str, type...). */
    public boolean hasInstanceFactory() {
        return factory != null;
    }

    public PythonObject newInstance(PythonClass cls) {
        return factory.create(cls);
    }

    /** Finds {@code name} along the MRO without invoking descriptors; null when absent. */
    public Object lookup(String attribute) {
        PDict cache = lookupCache;
        Object cached = cache.getItem(attribute);
        if (cached == null) {
            cached = lookupAndCache(cache, attribute);
        }
        return cached == NOT_FOUND ? null : cached;
    }

    @TruffleBoundary
    private Object lookupAndCache(PDict cache, String attribute) {
        Object found = lookupUncached(attribute);
        Object entry = found == null ? NOT_FOUND : found;
        cache.setItem(attribute, entry);
        return entry;
    }

    @TruffleBoundary
    private Object lookupUncached(String attribute) {
        for (PythonClass cls : mro) {
            Object value = cls.namespace.getItem(attribute);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The class in the MRO after {@code start} that defines {@code name}, for {@code super()}. */
    @TruffleBoundary
    public Object lookupAfter(PythonClass start, String attribute) {
        PythonClass[] order = mro;
        int i = 0;
        while (i < order.length && order[i] != start) {
            i++;
        }
        for (i++; i < order.length; i++) {
            Object value = order[i].namespace.getItem(attribute);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** {@code setattr(cls, name, value)} on a mutable class; a null value deletes. */
    @TruffleBoundary
    public void setAttribute(String attribute, Object value) {
        if (value == null) {
            namespace.removeItem(attribute);
        } else {
            namespace.setItem(attribute, value);
        }
        invalidateLookups();
    }

    @TruffleBoundary
    private void invalidateLookups() {
        lookupCache = new PDict(namespace.getPythonClass());
        flags = 0;
        for (PythonClass sub : liveSubclasses()) {
            sub.invalidateLookups();
        }
    }

    @TruffleBoundary
    public List<PythonClass> liveSubclasses() {
        List<PythonClass> live = new ArrayList<>();
        synchronized (subclasses) {
            subclasses.removeIf(ref -> ref.get() == null);
            for (WeakReference<PythonClass> ref : subclasses) {
                PythonClass sub = ref.get();
                if (sub != null) {
                    live.add(sub);
                }
            }
        }
        return live;
    }

    /** Whether {@code __getattribute__} is a Python override, not one of the builtin ones. */
    public boolean hasCustomGetattribute() {
        return (flags() & CUSTOM_GETATTRIBUTE) != 0;
    }

    /** Whether the class defines {@code __getattr__}, the fallback for missing attributes. */
    public boolean hasGetattr() {
        return (flags() & HAS_GETATTR) != 0;
    }

    /** Whether {@code __setattr__} or {@code __delattr__} is a Python override. */
    public boolean hasCustomSetattr() {
        return (flags() & CUSTOM_SETATTR) != 0;
    }

    private int flags() {
        int f = flags;
        if (f == 0) {
            f = computeFlags();
        }
        return f;
    }

    @TruffleBoundary
    private int computeFlags() {
        int f = FLAGS_KNOWN;
        if (!(lookup("__getattribute__") instanceof PBuiltinFunction)) {
            f |= CUSTOM_GETATTRIBUTE;
        }
        if (lookup("__getattr__") != null) {
            f |= HAS_GETATTR;
        }
        if (!(lookup("__setattr__") instanceof PBuiltinFunction) || !(lookup("__delattr__") instanceof PBuiltinFunction)) {
            f |= CUSTOM_SETATTR;
        }
        flags = f;
        return f;
    }

    public boolean isSubclassOf(PythonClass other) {
        if (this == other) {
            return true;
        }
        for (PythonClass cls : mro) {
            if (cls == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
