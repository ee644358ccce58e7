package skein.interpreter.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;
import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.parser.PythonSyntaxError;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.LanguageSetup;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.exception.SyntaxErrors;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The import system of one process: {@code sys.modules} first, then native modules, then
 * {@code .py} files and packages along {@code sys.path}. A module is in {@code sys.modules}
 * before its code runs, so circular imports see the partly initialized module, as in CPython;
 * a per-module lock makes a second thread importing the same module wait for the first.
 */
public final class ImportSystem {

    private final SkeinContext context;
    private final ConcurrentHashMap<String, ReentrantLock> moduleLocks = new ConcurrentHashMap<>();
    /** Modules whose code is running, so a failed {@code from m import x} can blame a cycle. */
    private final Set<String> initializing = ConcurrentHashMap.newKeySet();

    public ImportSystem(SkeinContext context) {
        this.context = context;
    }

    /**
     * {@code __import__(name, globals, None, fromlist, level)}: the top-level package for a plain
     * {@code import a.b}, the module itself when a fromlist is given.
     */
    @TruffleBoundary
    public Object importName(String name, PDict globals, boolean hasFromList, int level) {
        String absolute = level > 0 ? resolveRelative(name, globals, level) : name;
        if (absolute.isEmpty()) {
            throw PythonErrors.valueError("Empty module name");
        }
        PModule module = importAbsolute(absolute);
        if (hasFromList || !absolute.contains(".")) {
            return module;
        }
        if (level > 0 && name.isEmpty()) {
            return module;
        }
        String top = absolute.substring(0, absolute.indexOf('.'));
        if (level > 0) {
            String base = absolute.substring(0, absolute.length() - name.length());
            top = base + name.split("\\.", 2)[0];
        }
        return context.sysModules().getItem(top);
    }

    /** {@code from module import name}: the attribute, or the submodule of that name. */
    @TruffleBoundary
    public Object importFrom(Object module, String name) {
        Object value = Attributes.getOrNull(module, name);
        if (value != null) {
            return value;
        }
        Object moduleName = Attributes.getOrNull(module, "__name__");
        if (moduleName instanceof String parent) {
            // A submodule still being imported (a circular import) is in sys.modules but not yet
            // an attribute of its package; CPython looks there too.
            Object submodule = context.sysModules().getItem(parent + "." + name);
            if (submodule != null) {
                return submodule;
            }
        }
        if (moduleName instanceof String parent && Attributes.getOrNull(module, "__path__") != null) {
            String full = parent + "." + name;
            try {
                importAbsolute(full);
                value = Attributes.getOrNull(module, name);
                if (value != null) {
                    return value;
                }
            } catch (PException e) {
                if (!e.pythonClass().isSubclassOf(context.types().moduleNotFoundError)) {
                    throw e;
                }
            }
        }
        String shown = moduleName instanceof String s ? s : "<unknown module name>";
        Object file = Attributes.getOrNull(module, "__file__");
        String location = file instanceof String f ? f : "unknown location";
        String from = initializing.contains(shown)
                ? "partially initialized module '" + shown + "' (most likely due to a circular import)"
                : "'" + shown + "'";
        throw PythonErrors.importError(context.types().importError,
                "cannot import name '" + name + "' from " + from + " (" + location + ")", shown,
                file instanceof String f ? f : null);
    }

    private String resolveRelative(String name, PDict globals, int level) {
        Object packageName = globals == null ? null : globals.getItem("__package__");
        String base;
        if (packageName instanceof String p) {
            base = p;
        } else {
            Object moduleName = globals == null ? null : globals.getItem("__name__");
            if (!(moduleName instanceof String m)) {
                throw PythonErrors.importError(context.types().importError,
                        "attempted relative import with no known parent package", null, null);
            }
            base = globals.getItem("__path__") != null ? m : (m.contains(".") ? m.substring(0, m.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) {
            throw PythonErrors.importError(context.types().importError,
                    "attempted relative import with no known parent package", null, null);
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PythonErrors.importError(context.types().importError,
                        "attempted relative import beyond top-level package", null, null);
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports {@code a}, then {@code a.b}, then {@code a.b.c}; returns the last. */
    @TruffleBoundary
    public PModule importAbsolute(String fullName) {
        Object cached = context.sysModules().getItem(fullName);
        if (cached instanceof PModule module) {
            return module;
        }
        if (cached == PNone.NONE) {
            throw notFound(fullName);
        }
        int dot = fullName.lastIndexOf('.');
        PModule parent = dot < 0 ? null : importAbsolute(fullName.substring(0, dot));
        ReentrantLock lock = moduleLocks.computeIfAbsent(fullName, k -> new ReentrantLock());
        lock.lock();
        try {
            cached = context.sysModules().getItem(fullName);
            if (cached instanceof PModule module) {
                return module;
            }
            PModule module = load(fullName, parent);
            if (parent != null) {
                parent.globals().setItem(fullName.substring(dot + 1), module);
            }
            return module;
        } finally {
            lock.unlock();
        }
    }

    private PModule load(String fullName, PModule parent) {
        LanguageSetup.NativeModuleDefinition nativeModule = context.setup().nativeModule(fullName);
        if (nativeModule != null) {
            return loadNative(fullName, nativeModule);
        }
        Object searchPath = parent == null ? Attributes.get(context.sysModule(), "path") : parent.globals().getItem("__path__");
        if (searchPath == null) {
            throw notFound(fullName);
        }
        String simpleName = fullName.substring(fullName.lastIndexOf('.') + 1);
        for (Object entry : skein.interpreter.runtime.Iteration.toArray(searchPath)) {
            if (!(entry instanceof String directory)) {
                continue;
            }
            TruffleFile dir = context.env().getPublicTruffleFile(directory.isEmpty() ? "." : directory);
            TruffleFile packageInit = dir.resolve(simpleName).resolve("__init__.py");
            if (packageInit.isRegularFile()) {
                return loadSource(fullName, packageInit, dir.resolve(simpleName));
            }
            TruffleFile file = dir.resolve(simpleName + ".py");
            if (file.isRegularFile()) {
                return loadSource(fullName, file, null);
            }
        }
        throw notFound(fullName);
    }

    private PException notFound(String fullName) {
        return PythonErrors.importError(context.types().moduleNotFoundError, "No module named '" + fullName + "'",
                fullName, null);
    }

    private PModule loadNative(String fullName, LanguageSetup.NativeModuleDefinition definition) {
        PModule module = context.newModule(fullName);
        PDict globals = module.globals();
        globals.setItem("__package__", fullName.contains(".") ? fullName.substring(0, fullName.lastIndexOf('.')) : "");
        globals.setItem("__doc__", PNone.NONE);
        globals.setItem("__spec__", PNone.NONE);
        for (var member : definition.members().entrySet()) {
            globals.setItem(member.getKey(), member.getValue());
        }
        return execute(fullName, module, () -> {
            definition.module().initialize(module, context);
            String python = definition.module().pythonSource();
            if (python != null) {
                runSource(Source.newBuilder(SkeinLanguage.ID, python, "<" + fullName + ">").build(), globals);
            }
        });
    }

    private PModule loadSource(String fullName, TruffleFile file, TruffleFile packageDirectory) {
        BuiltinTypes types = context.types();
        PModule module = context.newModule(fullName);
        PDict globals = module.globals();
        String path = file.getPath();
        globals.setItem("__file__", path);
        globals.setItem("__cached__", PNone.NONE);
        globals.setItem("__doc__", PNone.NONE);
        globals.setItem("__spec__", PNone.NONE);
        globals.setItem("__builtins__", context.builtinsModule());
        if (packageDirectory != null) {
            globals.setItem("__path__", new PList(types.listType, new Object[]{packageDirectory.getPath()}));
            globals.setItem("__package__", fullName);
        } else {
            globals.setItem("__package__", fullName.contains(".") ? fullName.substring(0, fullName.lastIndexOf('.')) : "");
        }
        Source source = read(file, path);
        return execute(fullName, module, () -> runSource(source, globals));
    }

    private Source read(TruffleFile file, String path) {
        try {
            return SourceFiles.load(file, path);
        } catch (IOException e) {
            throw PythonErrors.create(context.types().osError, e.getMessage());
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.fromParser(e);
        }
    }

    /**
     * Runs a new module's code with the module already in {@code sys.modules}, so circular
     * imports see it partly initialized; a module whose code fails is taken out again.
     */
    private PModule execute(String fullName, PModule module, Runnable code) {
        context.sysModules().setItem(fullName, module);
        initializing.add(fullName);
        try {
            code.run();
        } catch (RuntimeException e) {
            context.sysModules().removeItem(fullName);
            throw e;
        } finally {
            initializing.remove(fullName);
        }
        return module;
    }

    /** Runs module-level code in {@code globals}, sharing the parsed code across contexts. */
    private void runSource(Source source, PDict globals) {
        context.env().parsePublic(source).call(globals);
    }

    /** {@code __import__} as a Python-callable function's body. */
    public Object builtinImport(String name, Object globals, Object fromList, long level) {
        boolean hasFromList = fromList != PNone.NONE && skein.interpreter.runtime.Truthiness.isTrue(fromList);
        return importName(name, globals instanceof PDict d ? d : null, hasFromList, (int) level);
    }

}
