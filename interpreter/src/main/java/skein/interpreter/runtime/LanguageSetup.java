package skein.interpreter.runtime;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.builtins.BuiltinsModule;
import skein.interpreter.builtins.types.BuiltinTypeDefinitions;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.modules.SysModule;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * What a language instance makes once for all its contexts: the builtin types with their
 * methods, the members of the {@code builtins} module, and the shared parts of every native
 * module found through ServiceLoader.
 */
public final class LanguageSetup {

    /** A native module and the members it defined. */
    public record NativeModuleDefinition(NativeModule module, Map<String, Object> members) {
    }

    private final BuiltinTypes types;
    private final BuiltinDefiner definer;
    private final Map<String, Object> builtins;
    private final Map<String, Object> sysMembers;
    private final Map<String, NativeModuleDefinition> nativeModules = new HashMap<>();

    public LanguageSetup(SkeinLanguage language) {
        this.types = new BuiltinTypes();
        this.definer = new BuiltinDefiner(language, types);
        BuiltinTypeDefinitions.defineAll(definer);
        this.builtins = BuiltinsModule.members(definer);
        this.sysMembers = SysModule.sharedMembers(definer);
        for (NativeModule module : ServiceLoader.load(NativeModule.class, NativeModule.class.getClassLoader())) {
            register(module);
        }
    }

    private void register(NativeModule module) {
        ModuleBuilder builder = new ModuleBuilder(module.name(), definer);
        module.define(builder);
        nativeModules.put(module.name(), new NativeModuleDefinition(module, builder.members()));
    }

    public BuiltinTypes types() {
        return types;
    }

    public BuiltinDefiner definer() {
        return definer;
    }

    /** Name to value for a new context's {@code builtins} module. */
    public Map<String, Object> builtins() {
        return builtins;
    }

    /** The shared members of every process's {@code sys} module. */
    public Map<String, Object> sysMembers() {
        return sysMembers;
    }

    /** The native module of that name, or null. */
    public NativeModuleDefinition nativeModule(String name) {
        return nativeModules.get(name);
    }

    public java.util.Set<String> nativeModuleNames() {
        return nativeModules.keySet();
    }
}
