package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a language instance makes once for all its contexts: the builtin types with their
 * methods, the members of the {@code builtins} module, and the shared parts of every native
 * module found through ServiceLoader. A native module's shared parts are made the first time
 * any context imports it, so start-up pays only for what a program uses.
 */
public final class LanguageSetup {

    /** A native module and the members it defined. */
    public record NativeModuleDefinition(NativeModule module, Map<String, Object> members) {
    }

    private final BuiltinTypes types;
    private final BuiltinDefiner definer;
    private final Map<String, Object> builtins;
    private final Map<String, Object> sysMembers;
    private final Map<String, NativeModule> providers = new HashMap<>();
    private final Map<String, NativeModuleDefinition> nativeModules = new ConcurrentHashMap<>();

    public LanguageSetup(SkeinLanguage language) {
        this.types = new BuiltinTypes();
        this.definer = new BuiltinDefiner(language, types);
        BuiltinTypeDefinitions.defineAll(definer);
        this.builtins = BuiltinsModule.members(definer);
        this.sysMembers = SysModule.sharedMembers(definer);
        for (NativeModule module : ServiceLoader.load(NativeModule.class, NativeModule.class.getClassLoader())) {
            providers.put(module.name(), module);
        }
    }

    /** Makes a native module's shared members, once; imports in any thread may race here. */
    private synchronized NativeModuleDefinition define(String name) {
        NativeModuleDefinition existing = nativeModules.get(name);
        if (existing != null) {
            return existing;
        }
        NativeModule module = providers.get(name);
        ModuleBuilder builder = new ModuleBuilder(module.name(), definer, this);
        module.define(builder);
        NativeModuleDefinition definition = new NativeModuleDefinition(module, builder.members());
        nativeModules.put(name, definition);
        return definition;
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

    /** The native module of that name, defined on first request; null when there is none. */
    @TruffleBoundary
    public NativeModuleDefinition nativeModule(String name) {
        NativeModuleDefinition definition = nativeModules.get(name);
        if (definition != null || !providers.containsKey(name)) {
            return definition;
        }
        return define(name);
    }

    /** Whether a native module of that name exists (without defining it). */
    public boolean hasNativeModule(String name) {
        return providers.containsKey(name);
    }
}
