package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

import java.util.function.Supplier;

/**
 * A function written in Java: a builtin, a method of a builtin type, a function of a native
 * module. Made once per language; calls bind arguments to its signature just as for Python
 * functions. A method ({@code owner} set) checks that its first argument is an instance.
 * <p>
 * The call target is made on the first call: a runtime defines about a thousand builtins and
 * a program calls few of them, so making them all up front would dominate start-up.
 */
public final class PBuiltinFunction extends PythonObject {

    /** How the function behaves when found on a class. */
    public enum Binding { FUNCTION, METHOD, CLASS_METHOD, STATIC_METHOD }

    private final String name;
    private final PythonClass owner;
    private final String module;
    private final Signature signature;
    private final Object[] defaults;
    private final Object[] keywordDefaults;
    private final Binding binding;
    private final String doc;
    private final Supplier<RootCallTarget> callTargetFactory;
    private volatile RootCallTarget callTarget;
    /** Set while its module is defined: CPython writes this one in Python, so bad calls are worded as for a Python function. */
    private volatile boolean errorsWordedAsPython;

    public PBuiltinFunction(PythonClass cls, String name, PythonClass owner, String module, Signature signature,
                            Object[] defaults,
                            Object[] keywordDefaults, Binding binding, String doc,
                            Supplier<RootCallTarget> callTargetFactory) {
        super(cls);
        this.name = name;
        this.owner = owner;
        this.module = module;
        this.signature = signature;
        this.defaults = defaults;
        this.keywordDefaults = keywordDefaults;
        this.binding = binding;
        this.doc = doc;
        this.callTargetFactory = callTargetFactory;
    }

    public String name() {
        return name;
    }

    /** {@code str.split} for a method, the bare name otherwise. */
    public String qualname() {
        return owner == null ? name : owner.getName() + "." + name;
    }

    /** The type whose method this is, or null. */
    public PythonClass owner() {
        return owner;
    }

    /** The module a free function belongs to ({@code builtins}, {@code math}...); null for a method. */
    public String module() {
        return module;
    }

    public Signature signature() {
        return signature;
    }

    public Object[] defaults() {
        return defaults;
    }

    public Object[] keywordDefaults() {
        return keywordDefaults;
    }

    public Binding binding() {
        return binding;
    }

    public String doc() {
        return doc;
    }

    /** Marks a function (or method) that CPython implements in Python, such as {@code threading.Thread.join}. */
    public PBuiltinFunction wordErrorsAsPython() {
        this.errorsWordedAsPython = true;
        return this;
    }

    /** Whether a bad call is worded "f() takes 2 positional arguments but 3 were given", as for a Python function. */
    public boolean errorsWordedAsPython() {
        return errorsWordedAsPython;
    }

    public RootCallTarget callTarget() {
        RootCallTarget made = callTarget;
        if (made == null) {
            CompilerDirectives.transferToInterpreter();
            made = makeCallTarget();
        }
        return made;
    }

    @TruffleBoundary
    private synchronized RootCallTarget makeCallTarget() {
        if (callTarget == null) {
            callTarget = callTargetFactory.get();
        }
        return callTarget;
    }
}
