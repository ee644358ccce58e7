package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTraceback;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Map;

/** {@code BaseException} and the builtin exceptions whose constructors or messages are special. */
final class ExceptionMethods {

    /** errno values that make {@code OSError(errno, ...)} an instance of a subclass, as on Linux. */
    private static final Map<Long, String> ERRNO_SUBCLASSES = Map.ofEntries(
            Map.entry(1L, "PermissionError"), Map.entry(2L, "FileNotFoundError"), Map.entry(3L, "ProcessLookupError"),
            Map.entry(4L, "InterruptedError"), Map.entry(10L, "ChildProcessError"), Map.entry(11L, "BlockingIOError"),
            Map.entry(13L, "PermissionError"), Map.entry(17L, "FileExistsError"), Map.entry(20L, "NotADirectoryError"),
            Map.entry(21L, "IsADirectoryError"), Map.entry(32L, "BrokenPipeError"),
            Map.entry(103L, "ConnectionAbortedError"), Map.entry(104L, "ConnectionResetError"),
            Map.entry(110L, "TimeoutError"), Map.entry(111L, "ConnectionRefusedError"));

    private ExceptionMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass base = t.baseException;
        d.staticMethod(base, "__new__(cls, /, *args, **kwargs)", a -> {
            PythonClass cls = (PythonClass) a[0];
            PBaseException e = (PBaseException) cls.newInstance(cls);
            e.setArgs((PTuple) a[1]);
            return e;
        });
        d.method(base, "__init__(self, /, *args, **kwargs)", a -> {
            rejectKeywords(a[0], (PDict) a[2]);
            ((PBaseException) a[0]).setArgs((PTuple) a[1]);
            return PNone.NONE;
        });
        d.method(base, "__str__(self, /)", a -> argsText((PBaseException) a[0]));
        d.method(base, "__repr__(self, /)", a -> {
            PBaseException e = (PBaseException) a[0];
            PTuple args = e.args();
            String name = e.getPythonClass().getName();
            if (args.size() == 1) {
                return name + "(" + Reprs.repr(args.get(0)) + ")";
            }
            return name + Reprs.tupleRepr(args);
        });
        d.method(base, "with_traceback(self, tb, /)", a -> {
            ((PBaseException) a[0]).setTraceback(a[1] == PNone.NONE ? null : (PTraceback) a[1]);
            return a[0];
        });
        d.method(base, "add_note(self, note, /)", a -> {
            if (!(a[1] instanceof String)) {
                throw PythonErrors.typeError("note must be a str, not '" + TypeOf.name(a[1]) + "'");
            }
            PDict dict = ((PBaseException) a[0]).getOrCreateDict();
            Object notes = dict.getItem("__notes__");
            if (notes == null) {
                notes = new PList(t.listType);
                dict.setItem("__notes__", notes);
            }
            ((PList) notes).append(a[1]);
            return PNone.NONE;
        });
        d.getSet(base, "args", self -> ((PBaseException) self).args(),
                (self, value) -> ((PBaseException) self).setArgs(new PTuple(t.tupleType,
                        skein.interpreter.runtime.Iteration.toArray(value))));
        d.getSet(base, "__traceback__", self -> {
            PTraceback tb = ((PBaseException) self).traceback();
            return tb == null ? PNone.NONE : tb;
        }, (self, value) -> {
            if (value != PNone.NONE && !(value instanceof PTraceback)) {
                throw PythonErrors.typeError("__traceback__ must be a traceback or None");
            }
            ((PBaseException) self).setTraceback(value == PNone.NONE ? null : (PTraceback) value);
        });
        d.getSet(base, "__cause__", self -> orNone(((PBaseException) self).cause()), (self, value) -> {
            PBaseException e = (PBaseException) self;
            e.setCause(exceptionOrNull(value, "exception cause must be None or derive from BaseException"));
            e.setSuppressContext(true);
        });
        d.getSet(base, "__context__", self -> orNone(((PBaseException) self).context()), (self, value) ->
                ((PBaseException) self).setContext(exceptionOrNull(value,
                        "exception context must be None or derive from BaseException")));
        d.getSet(base, "__suppress_context__", self -> ((PBaseException) self).suppressContext(),
                (self, value) -> ((PBaseException) self).setSuppressContext(skein.interpreter.runtime.Truthiness.isTrue(value)));

        d.method(t.stopIteration, "__init__(self, /, *args)", a -> {
            PBaseException e = (PBaseException) a[0];
            PTuple args = (PTuple) a[1];
            e.setArgs(args);
            e.getOrCreateDict().setItem("value", args.size() > 0 ? args.get(0) : PNone.NONE);
            return PNone.NONE;
        });
        d.method(t.systemExit, "__init__(self, /, *args)", a -> {
            PBaseException e = (PBaseException) a[0];
            PTuple args = (PTuple) a[1];
            e.setArgs(args);
            e.getOrCreateDict().setItem("code", args.size() == 0 ? PNone.NONE : args.size() == 1 ? args.get(0) : args);
            return PNone.NONE;
        });
        d.method(t.keyError, "__str__(self, /)", a -> {
            PTuple args = ((PBaseException) a[0]).args();
            return args.size() == 1 ? Reprs.repr(args.get(0)) : argsText((PBaseException) a[0]);
        });
        d.method(t.importError, "__init__(self, /, *args, name=None, path=None)", a -> {
            PBaseException e = (PBaseException) a[0];
            PTuple args = (PTuple) a[1];
            e.setArgs(args);
            PDict dict = e.getOrCreateDict();
            dict.setItem("msg", args.size() == 1 ? args.get(0) : PNone.NONE);
            dict.setItem("name", a[2]);
            dict.setItem("path", a[3]);
            return PNone.NONE;
        });
        d.method(t.importError, "__str__(self, /)", a -> {
            PBaseException e = (PBaseException) a[0];
            Object msg = e.getDict() == null ? null : e.getDict().getItem("msg");
            return msg != null && msg != PNone.NONE ? Reprs.str(msg) : argsText(e);
        });
        d.method(t.attributeError, "__init__(self, /, *args, name=None, obj=None)", a -> {
            PBaseException e = (PBaseException) a[0];
            e.setArgs((PTuple) a[1]);
            e.getOrCreateDict().setItem("name", a[2]);
            e.getDict().setItem("obj", a[3]);
            return PNone.NONE;
        });
        d.method(t.nameError, "__init__(self, /, *args, name=None)", a -> {
            PBaseException e = (PBaseException) a[0];
            e.setArgs((PTuple) a[1]);
            e.getOrCreateDict().setItem("name", a[2]);
            return PNone.NONE;
        });
        defineOSError(d, t);
        defineSyntaxError(d, t);
        defineUnicodeDecodeError(d, t);
        defineUnicodeEncodeError(d, t);
    }

    private static void defineOSError(BuiltinDefiner d, BuiltinTypes t) {
        PythonClass osError = t.osError;
        d.staticMethod(osError, "__new__(cls, /, *args, **kwargs)", a -> {
            PythonClass cls = (PythonClass) a[0];
            PTuple args = (PTuple) a[1];
            if (cls == osError && args.size() >= 2 && args.get(0) instanceof Long errno) {
                String subclass = ERRNO_SUBCLASSES.get(errno);
                if (subclass != null) {
                    cls = t.exceptionByName(subclass);
                }
            }
            PBaseException e = (PBaseException) cls.newInstance(cls);
            e.setArgs(args);
            return e;
        });
        d.method(osError, "__init__(self, /, *args, **kwargs)", a -> {
            PBaseException e = (PBaseException) a[0];
            PTuple args = (PTuple) a[1];
            PDict dict = e.getOrCreateDict();
            Object errno = PNone.NONE;
            Object strerror = PNone.NONE;
            Object filename = PNone.NONE;
            Object filename2 = PNone.NONE;
            if (args.size() >= 2 && args.size() <= 5) {
                errno = args.get(0);
                strerror = args.get(1);
                if (args.size() >= 3) {
                    filename = args.get(2);
                }
                if (args.size() >= 5) {
                    filename2 = args.get(4);
                }
                e.setArgs(new PTuple(t.tupleType, new Object[]{errno, strerror}));
            } else {
                e.setArgs(args);
            }
            dict.setItem("errno", errno);
            dict.setItem("strerror", strerror);
            dict.setItem("filename", filename);
            dict.setItem("filename2", filename2);
            return PNone.NONE;
        });
        d.method(osError, "__str__(self, /)", a -> {
            PBaseException e = (PBaseException) a[0];
            PDict dict = e.getDict();
            Object errno = dict == null ? null : dict.getItem("errno");
            Object strerror = dict == null ? null : dict.getItem("strerror");
            Object filename = dict == null ? null : dict.getItem("filename");
            Object filename2 = dict == null ? null : dict.getItem("filename2");
            if (filename != null && filename != PNone.NONE) {
                String text = "[Errno " + Reprs.str(errno) + "] " + Reprs.str(strerror) + ": " + Reprs.repr(filename);
                if (filename2 != null && filename2 != PNone.NONE) {
                    text += " -> " + Reprs.repr(filename2);
                }
                return text;
            }
            if (errno != null && errno != PNone.NONE && strerror != null && strerror != PNone.NONE) {
                return "[Errno " + Reprs.str(errno) + "] " + Reprs.str(strerror);
            }
            return argsText(e);
        });
    }

    private static void defineSyntaxError(BuiltinDefiner d, BuiltinTypes t) {
        PythonClass syntaxError = t.syntaxError;
        d.method(syntaxError, "__init__(self, /, *args)", a -> {
            PBaseException e = (PBaseException) a[0];
            PTuple args = (PTuple) a[1];
            e.setArgs(args);
            PDict dict = e.getOrCreateDict();
            String[] fields = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            dict.setItem("msg", args.size() > 0 ? args.get(0) : PNone.NONE);
            for (String field : fields) {
                dict.setItem(field, PNone.NONE);
            }
            dict.setItem("print_file_and_line", PNone.NONE);
            if (args.size() == 2) {
                Object[] details = skein.interpreter.runtime.Iteration.toArray(args.get(1));
                if (details.length < 4 || details.length > 6) {
                    throw PythonErrors.indexError("tuple index out of range");
                }
                for (int i = 0; i < details.length; i++) {
                    dict.setItem(fields[i], details[i]);
                }
            }
            return PNone.NONE;
        });
        d.method(syntaxError, "__str__(self, /)", a -> {
            PBaseException e = (PBaseException) a[0];
            PDict dict = e.getDict();
            Object msg = dict == null ? null : dict.getItem("msg");
            if (msg == null) {
                return argsText(e);
            }
            String text = Reprs.str(msg);
            Object filename = dict.getItem("filename");
            Object lineno = dict.getItem("lineno");
            String file = filename instanceof String f ? f.substring(f.lastIndexOf('/') + 1) : null;
            if (file != null && lineno instanceof Long line) {
                return text + " (" + file + ", line " + line + ")";
            } else if (file != null) {
                return text + " (" + file + ")";
            } else if (lineno instanceof Long line) {
                return text + " (line " + line + ")";
            }
            return text;
        });
    }

    private static void defineUnicodeDecodeError(BuiltinDefiner d, BuiltinTypes t) {
        PythonClass decodeError = t.unicodeDecodeError;
        d.method(decodeError, "__init__(self, /, *args)", a -> {
            PBaseException e = (PBaseException) a[0];
            PTuple args = (PTuple) a[1];
            e.setArgs(args);
            if (args.size() == 5) {
                PDict dict = e.getOrCreateDict();
                dict.setItem("encoding", args.get(0));
                dict.setItem("object", args.get(1));
                dict.setItem("start", args.get(2));
                dict.setItem("end", args.get(3));
                dict.setItem("reason", args.get(4));
            }
            return PNone.NONE;
        });
        d.method(decodeError, "__str__(self, /)", a -> {
            PBaseException e = (PBaseException) a[0];
            PDict dict = e.getDict();
            if (dict == null || dict.getItem("encoding") == null) {
                return argsText(e);
            }
            long start = (Long) dict.getItem("start");
            long end = (Long) dict.getItem("end");
            Object object = dict.getItem("object");
            String encoding = Reprs.str(dict.getItem("encoding"));
            String reason = Reprs.str(dict.getItem("reason"));
            if (end == start + 1 && object instanceof PBytes bytes && start < bytes.size()) {
                return "'" + encoding + "' codec can't decode byte 0x" + String.format("%02x", bytes.get((int) start))
                        + " in position " + start + ": " + reason;
            }
            return "'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        });
    }

    private static void defineUnicodeEncodeError(BuiltinDefiner d, BuiltinTypes t) {
        PythonClass encodeError = t.exceptionByName("UnicodeEncodeError");
        d.method(encodeError, "__init__(self, /, *args)", a -> {
            PBaseException e = (PBaseException) a[0];
            PTuple args = (PTuple) a[1];
            e.setArgs(args);
            if (args.size() == 5) {
                PDict dict = e.getOrCreateDict();
                dict.setItem("encoding", args.get(0));
                dict.setItem("object", args.get(1));
                dict.setItem("start", args.get(2));
                dict.setItem("end", args.get(3));
                dict.setItem("reason", args.get(4));
            }
            return PNone.NONE;
        });
        d.method(encodeError, "__str__(self, /)", a -> {
            PBaseException e = (PBaseException) a[0];
            PDict dict = e.getDict();
            if (dict == null || dict.getItem("encoding") == null) {
                return argsText(e);
            }
            long start = (Long) dict.getItem("start");
            long end = (Long) dict.getItem("end");
            String encoding = Reprs.str(dict.getItem("encoding"));
            String reason = Reprs.str(dict.getItem("reason"));
            if (end == start + 1 && dict.getItem("object") instanceof String text
                    && start < text.codePointCount(0, text.length())) {
                int c = text.codePointAt(text.offsetByCodePoints(0, (int) start));
                String escape = c <= 0xff ? String.format("\\x%02x", c)
                        : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                return "'" + encoding + "' codec can't encode character '" + escape + "' in position " + start + ": "
                        + reason;
            }
            return "'" + encoding + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": "
                    + reason;
        });
    }

    private static void rejectKeywords(Object self, PDict kwargs) {
        if (kwargs.size() > 0) {
            throw PythonErrors.typeError(TypeOf.name(self) + "() takes no keyword arguments");
        }
    }

    /** {@code BaseException.__str__}: nothing, the one argument, or the args tuple. */
    static String argsText(PBaseException e) {
        PTuple args = e.args();
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            return Reprs.str(args.get(0));
        }
        return Reprs.str(args);
    }

    private static Object orNone(Object value) {
        return value == null ? PNone.NONE : value;
    }

    private static PBaseException exceptionOrNull(Object value, String message) {
        if (value == PNone.NONE) {
            return null;
        }
        if (value instanceof PBaseException e) {
            return e;
        }
        throw PythonErrors.typeError(message);
    }

}
