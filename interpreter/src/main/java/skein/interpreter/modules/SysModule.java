package skein.interpreter.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.TopLevel;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.exception.Unraisable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code sys}: made per process, since its argv, path, modules and streams are the process's
 * own; its functions are shared by all processes.
 */
public final class SysModule {

    /** Python's version as Skein implements it. */
    public static final long[] VERSION = {3, 11, 7};

    private SysModule() {
    }

    /** The functions, made once per language. */
    public static Map<String, Object> sharedMembers(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        Map<String, Object> members = new LinkedHashMap<>();
        put(members, d.function("sys", "exit(status=None, /)", a -> {
            throw new PException((PBaseException) Calls.call(t.systemExit, a[0]), null);
        }));
        put(members, d.function("sys", "getrecursionlimit()", a -> (long) SkeinContext.get(null).recursionLimit()));
        put(members, d.function("sys", "setrecursionlimit(limit, /)", a -> {
            if (!(a[0] instanceof Long) && !(a[0] instanceof Boolean)) {
                throw PythonErrors.typeError("'" + TypeOf.name(a[0]) + "' object cannot be interpreted as an integer");
            }
            int limit = Numbers.asInt(a[0]);
            if (limit < 1) {
                throw PythonErrors.valueError("recursion limit must be greater or equal than 1");
            }
            SkeinContext context = SkeinContext.get(null);
            int depth = context.threadState().depth();
            if (limit <= depth) {
                throw PythonErrors.recursionError("cannot set the recursion limit to " + limit + " at the recursion depth "
                        + depth + ": the limit is too low");
            }
            context.setRecursionLimit(limit);
            return PNone.NONE;
        }));
        put(members, d.function("sys", "exc_info()", a -> {
            PBaseException e = SkeinContext.get(null).threadState().handledException();
            if (e == null) {
                return new PTuple(t.tupleType, new Object[]{PNone.NONE, PNone.NONE, PNone.NONE});
            }
            return new PTuple(t.tupleType, new Object[]{e.getPythonClass(), e,
                    e.traceback() == null ? PNone.NONE : e.traceback()});
        }));
        put(members, d.function("sys", "exception()", a -> {
            PBaseException e = SkeinContext.get(null).threadState().handledException();
            return e == null ? PNone.NONE : e;
        }));
        put(members, d.function("sys", "getdefaultencoding()", a -> "utf-8"));
        put(members, d.function("sys", "getfilesystemencoding()", a -> "utf-8"));
        put(members, d.function("sys", "intern(string, /)", a -> {
            if (!(a[0] instanceof String s)) {
                throw PythonErrors.typeError("intern() argument must be str, not " + TypeOf.name(a[0]));
            }
            return s.intern();
        }));
        put(members, d.function("sys", "excepthook(exctype, value, traceback, /)", a -> {
            if (a[1] instanceof PBaseException e) {
                TopLevel.printException(SkeinContext.get(null), e);
            }
            return PNone.NONE;
        }));
        members.put("__excepthook__", members.get("excepthook"));
        put(members, Unraisable.defineHook(d));
        members.put("__unraisablehook__", members.get("unraisablehook"));
        put(members, d.function("sys", "displayhook(object, /)", a -> {
            if (a[0] != PNone.NONE) {
                PModule builtins = SkeinContext.get(null).builtinsModule();
                builtins.globals().setItem("_", PNone.NONE);
                String text = Reprs.repr(a[0]);
                Object stdout = Attributes.get(SkeinContext.get(null).sysModule(), "stdout");
                Calls.callMethod(stdout, "write", text + "\n");
                builtins.globals().setItem("_", a[0]);
            }
            return PNone.NONE;
        }));
        members.put("__displayhook__", members.get("displayhook"));
        put(members, d.function("sys", "getswitchinterval()", a -> 0.005));
        put(members, d.function("sys", "setswitchinterval(interval, /)", a -> {
            if (Numbers.asDouble(a[0]) <= 0) {
                throw PythonErrors.valueError("switch interval must be strictly positive");
            }
            return PNone.NONE;
        }));
        put(members, d.function("sys", "getsizeof(object, default=?, /)", a -> 64L));
        put(members, d.function("sys", "_getframe(depth=0, /)", a -> {
            throw PythonErrors.valueError("call stack is not deep enough");
        }));
        members.put("maxsize", Long.MAX_VALUE);
        members.put("maxunicode", 0x10FFFFL);
        members.put("byteorder", "little");
        members.put("platform", "linux");
        members.put("version", "3.11.7 (Skein " + SkeinLanguage.VERSION + " on the JVM)");
        members.put("hexversion", 0x030B07F0L);
        members.put("api_version", 1013L);
        members.put("copyright", "Skein: a Python 3.11-compatible runtime on the JVM.");
        members.put("dont_write_bytecode", Boolean.TRUE);
        members.put("builtin_module_names", new PTuple(t.tupleType, new Object[]{"builtins", "sys"}));
        PythonClass versionInfo = t.define("sys.version_info", cls -> new PTuple(cls, new Object[0]), false, t.tupleType);
        versionInfo.setName("version_info");
        versionInfo.setQualname("version_info");
        versionInfo.getNamespace().setItem("__module__", "sys");
        String[] fields = {"major", "minor", "micro", "releaselevel", "serial"};
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            d.getter(versionInfo, fields[i], self -> ((PTuple) self).get(index));
        }
        d.method(versionInfo, "__repr__(self, /)", a -> {
            PTuple v = (PTuple) a[0];
            return "sys.version_info(major=" + v.get(0) + ", minor=" + v.get(1) + ", micro=" + v.get(2)
                    + ", releaselevel='" + v.get(3) + "', serial=" + v.get(4) + ")";
        });
        members.put("version_info", new PTuple(versionInfo, new Object[]{VERSION[0], VERSION[1], VERSION[2], "final", 0L}));
        return members;
    }

    private static void put(Map<String, Object> members, skein.interpreter.objects.PBuiltinFunction function) {
        members.put(function.name(), function);
    }

    /** The {@code sys} module of a new process. */
    @TruffleBoundary
    public static PModule create(SkeinContext context) {
        BuiltinTypes t = context.types();
        PModule sys = context.newModule("sys");
        PDict globals = sys.globals();
        for (Map.Entry<String, Object> member : context.setup().sysMembers().entrySet()) {
            globals.setItem(member.getKey(), member.getValue());
        }
        String[] arguments = context.env().getApplicationArguments();
        Object[] argv = arguments.length == 0 ? new Object[]{""} : arguments.clone();
        globals.setItem("argv", new PList(t.listType, argv));
        globals.setItem("orig_argv", new PList(t.listType, argv.clone()));
        globals.setItem("path", new PList(t.listType, new Object[]{scriptDirectory(context, arguments)}));
        globals.setItem("modules", context.sysModules());
        globals.setItem("stdout", context.streams().stdout());
        globals.setItem("stderr", context.streams().stderr());
        globals.setItem("stdin", context.streams().stdin());
        globals.setItem("__stdout__", context.streams().stdout());
        globals.setItem("__stderr__", context.streams().stderr());
        globals.setItem("__stdin__", context.streams().stdin());
        globals.setItem("warnoptions", new PList(t.listType));
        globals.setItem("executable", "skein");
        globals.setItem("prefix", "");
        globals.setItem("flags", PNone.NONE);
        globals.setItem("__doc__", PNone.NONE);
        return sys;
    }

    /** {@code sys.path[0]}: the script's folder, or '' for {@code -c} and embedding. */
    private static String scriptDirectory(SkeinContext context, String[] arguments) {
        if (arguments.length == 0 || arguments[0].equals("-c") || arguments[0].isEmpty()) {
            return "";
        }
        var file = context.env().getPublicTruffleFile(arguments[0]).getAbsoluteFile();
        var parent = file.getParent();
        return parent == null ? "" : parent.getPath();
    }

}
