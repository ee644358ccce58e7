package skein.interpreter.builtins;

import com.oracle.truffle.api.nodes.RootNode;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PGetSetDescriptor;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;

import java.util.function.Function;

/**
 * Makes builtin functions, methods and attribute descriptors, and puts methods into their
 * type's namespace. Used while the language sets itself up and by native modules.
 */
public final class BuiltinDefiner {

    private final SkeinLanguage language;
    private final BuiltinTypes types;

    public BuiltinDefiner(SkeinLanguage language, BuiltinTypes types) {
        this.language = language;
        this.types = types;
    }

    public BuiltinTypes types() {
        return types;
    }

    /** A function of module {@code builtins}, such as {@code len}. */
    public PBuiltinFunction function(String signature, BuiltinBody body) {
        return function("builtins", signature, body);
    }

    /**
     * A function of module {@code builtins} whose body is a Truffle root rather than Java behind
     * a boundary, for the few whose loops the compiler must see into ({@code sum} over a
     * generator). The root receives the bound arguments as a {@link BuiltinBody} does.
     */
    public PBuiltinFunction nodeFunction(String signatureText, Function<SkeinLanguage, RootNode> root) {
        return makeWithRoot(signatureText, null, "builtins", PBuiltinFunction.Binding.FUNCTION, root);
    }

    /** An instance method whose body is a Truffle root (see {@link #nodeFunction}). */
    public PBuiltinFunction nodeMethod(PythonClass owner, String signatureText, Function<SkeinLanguage, RootNode> root) {
        return install(owner, makeWithRoot(signatureText, owner, null, PBuiltinFunction.Binding.METHOD, root));
    }

    private PBuiltinFunction makeWithRoot(String signatureText, PythonClass owner, String module,
                                          PBuiltinFunction.Binding binding, Function<SkeinLanguage, RootNode> root) {
        BuiltinSignature parsed = BuiltinSignature.parse(signatureText, types);
        return new PBuiltinFunction(types.builtinFunctionType, parsed.name(), owner, module, parsed.signature(),
                parsed.defaults(), parsed.keywordDefaults(), binding, null, () -> root.apply(language).getCallTarget());
    }

    /** A function of a native module, such as {@code time.sleep}. */
    public PBuiltinFunction function(String module, String signature, BuiltinBody body) {
        return make(signature, null, module, PBuiltinFunction.Binding.FUNCTION, body);
    }

    /** An instance method: {@code self} is the first parameter of the signature. */
    public PBuiltinFunction method(PythonClass owner, String signature, BuiltinBody body) {
        return install(owner, make(signature, owner, null, PBuiltinFunction.Binding.METHOD, body));
    }

    /** A class method: its first parameter receives the class. */
    public PBuiltinFunction classMethod(PythonClass owner, String signature, BuiltinBody body) {
        return install(owner, make(signature, owner, null, PBuiltinFunction.Binding.CLASS_METHOD, body));
    }

    /** A static method, such as {@code __new__} (whose first parameter is the class asked for). */
    public PBuiltinFunction staticMethod(PythonClass owner, String signature, BuiltinBody body) {
        return install(owner, make(signature, owner, null, PBuiltinFunction.Binding.STATIC_METHOD, body));
    }

    /** A read-only computed attribute. */
    public void getter(PythonClass owner, String name, PGetSetDescriptor.Getter getter) {
        owner.getNamespace().setItem(name, new PGetSetDescriptor(types.getsetDescriptorType, name, owner, getter, null));
    }

    /** A computed attribute that can be assigned (and deleted, if the setter accepts null). */
    public void getSet(PythonClass owner, String name, PGetSetDescriptor.Getter getter, PGetSetDescriptor.Setter setter) {
        owner.getNamespace().setItem(name, new PGetSetDescriptor(types.getsetDescriptorType, name, owner, getter, setter));
    }

    /** A plain class attribute. */
    public void constant(PythonClass owner, String name, Object value) {
        owner.getNamespace().setItem(name, value);
    }

    private PBuiltinFunction install(PythonClass owner, PBuiltinFunction function) {
        owner.getNamespace().setItem(function.name(), function);
        return function;
    }

    private PBuiltinFunction make(String signatureText, PythonClass owner, String module,
                                  PBuiltinFunction.Binding binding, BuiltinBody body) {
        BuiltinSignature parsed = BuiltinSignature.parse(signatureText, types);
        String qualname = owner == null ? parsed.name() : owner.getName() + "." + parsed.name();
        return new PBuiltinFunction(types.builtinFunctionType, parsed.name(), owner, module, parsed.signature(),
                parsed.defaults(), parsed.keywordDefaults(), binding, null,
                () -> new BuiltinRootNode(language, qualname, body).getCallTarget());
    }
}
