package skein.interpreter.modules;

import skein.interpreter.builtins.BuiltinBody;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.LanguageSetup;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the shared members of a native module while the language sets up. */
public final class ModuleBuilder {

    private final String moduleName;
    private final BuiltinDefiner definer;
    private final Map<String, Object> members = new LinkedHashMap<>();

    private final LanguageSetup setup;

    public ModuleBuilder(String moduleName, BuiltinDefiner definer, LanguageSetup setup) {
        this.moduleName = moduleName;
        this.definer = definer;
        this.setup = setup;
    }

    /**
     * A shared member of another native module, which is defined first if it was not yet: how
     * {@code threading} reaches the lock types of {@code _thread}, the same objects in both.
     */
    public Object memberOf(String otherModule, String name) {
        return setup.nativeModule(otherModule).members().get(name);
    }

    public String moduleName() {
        return moduleName;
    }

    public BuiltinDefiner definer() {
        return definer;
    }

    public BuiltinTypes types() {
        return definer.types();
    }

    /** Adds a function to the module. */
    public PBuiltinFunction function(String signature, BuiltinBody body) {
        PBuiltinFunction function = definer.function(moduleName, signature, body);
        members.put(function.name(), function);
        return function;
    }

    /** Makes a type belonging to this module (its {@code __module__} says so) and adds it. */
    public PythonClass type(String name, PythonClass.InstanceFactory factory, boolean instancesHaveDict,
                            PythonClass... bases) {
        PythonClass cls = definer.types().defineInModule(moduleName, name, factory, instancesHaveDict, bases);
        members.put(name, cls);
        return cls;
    }

    public void constant(String name, Object value) {
        members.put(name, value);
    }

    public Map<String, Object> members() {
        return members;
    }
}
