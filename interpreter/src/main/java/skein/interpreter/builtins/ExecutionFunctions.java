package skein.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.parser.PythonSyntaxError;
import skein.interpreter.parser.SourceDecoder;
import skein.interpreter.runtime.BytesLike;
import skein.interpreter.runtime.CallerFrames;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.CodeExecution;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.exception.SyntaxErrors;
import skein.interpreter.translator.CompileMode;
import skein.interpreter.translator.ModuleCompiler;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code compile}, {@code exec} and {@code eval}: running source text and code objects. */
final class ExecutionFunctions {

    /** The {@code __future__} flags (all of them settled in 3.11, or without effect in Skein) and CO_NESTED. */
    private static final long FUTURE_FLAGS = 0x10 | 0x1FE0000;
    private static final long DONT_IMPLY_DEDENT = 0x200;
    /** PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ALLOW_INCOMPLETE_INPUT. */
    private static final long UNSUPPORTED_FLAGS = 0x400 | 0x1000 | 0x2000 | 0x4000;

    private ExecutionFunctions() {
    }

    static void define(BuiltinDefiner d, Map<String, Object> members) {
        IntrospectionFunctions.add(members, d.function(
                "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
                a -> compile(a[0], a[1], a[2], a[3], a[4], a[5])));
        IntrospectionFunctions.add(members, d.function("exec(source, globals=None, locals=None, /, *, closure=None)",
                a -> exec(a[0], a[1], a[2], a[3])));
        IntrospectionFunctions.add(members, d.function("eval(source, globals=None, locals=None, /)",
                a -> eval(a[0], a[1], a[2])));
    }

    @TruffleBoundary
    private static Object compile(Object source, Object filenameArgument, Object modeArgument, Object flagsArgument,
                                  Object dontInherit, Object optimizeArgument) {
        String filename = filename(filenameArgument);
        if (!(text(modeArgument) instanceof String mode)) {
            throw PythonErrors.typeError("compile() argument 'mode' must be str, not " + TypeOf.name(modeArgument));
        }
        long flags = Numbers.indexAsLong(flagsArgument);
        Numbers.indexAsLong(dontInherit);
        long optimize = Numbers.indexAsLong(optimizeArgument);
        if ((flags & ~(FUTURE_FLAGS | DONT_IMPLY_DEDENT | UNSUPPORTED_FLAGS)) != 0) {
            throw PythonErrors.valueError("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw PythonErrors.valueError("compile(): invalid optimize value");
        }
        CompileMode compileMode = switch (mode) {
            case "exec" -> CompileMode.EXEC;
            case "eval" -> CompileMode.EVAL;
            case "single" -> CompileMode.SINGLE;
            default -> throw PythonErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        if ((flags & UNSUPPORTED_FLAGS) != 0) {
            throw PythonErrors.notImplementedError("compile() flags 0x" + Long.toHexString(flags & UNSUPPORTED_FLAGS)
                    + " (ast objects, type comments, top-level await, incomplete input) are not supported");
        }
        String text = sourceText(source, "compile", "string, bytes or AST", filename);
        return ModuleCompiler.compile(SkeinLanguage.get(null), text, filename, compileMode, (int) Math.max(optimize, 0));
    }

    @TruffleBoundary
    private static Object exec(Object source, Object globalsArgument, Object localsArgument, Object closureArgument) {
        Object globals = globalsArgument;
        Object locals = localsArgument;
        if (globals == PNone.NONE) {
            globals = CallerFrames.globals();
            if (locals == PNone.NONE) {
                locals = CallerFrames.locals();
            }
        } else if (locals == PNone.NONE) {
            locals = globals;
        }
        if (!(globals instanceof PDict globalsDict)) {
            throw PythonErrors.typeError("exec() globals must be a dict, not " + TypeOf.name(globals));
        }
        if (!isMapping(locals)) {
            throw PythonErrors.typeError("locals must be a mapping or None, not " + TypeOf.name(locals));
        }
        addBuiltins(globalsDict);
        Object closure = closureArgument == PNone.NONE ? null : closureArgument;
        if (source instanceof FunctionCode code) {
            CodeExecution.run(code, globalsDict, locals, closureFor(code, closure));
            return PNone.NONE;
        }
        if (closure != null) {
            throw PythonErrors.typeError("closure can only be used when source is a code object");
        }
        String text = sourceText(source, "exec", "string, bytes or code", "<string>");
        FunctionCode code = ModuleCompiler.compile(SkeinLanguage.get(null), text, "<string>", CompileMode.EXEC, 0);
        CodeExecution.run(code, globalsDict, locals, null);
        return PNone.NONE;
    }

    @TruffleBoundary
    private static Object eval(Object source, Object globalsArgument, Object localsArgument) {
        if (localsArgument != PNone.NONE && !isMapping(localsArgument)) {
            throw PythonErrors.typeError("locals must be a mapping");
        }
        if (globalsArgument != PNone.NONE && !(globalsArgument instanceof PDict)) {
            throw PythonErrors.typeError(isMapping(globalsArgument)
                    ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
        PDict globals;
        Object locals = localsArgument;
        if (globalsArgument == PNone.NONE) {
            globals = CallerFrames.globals();
            if (locals == PNone.NONE) {
                locals = CallerFrames.locals();
            }
        } else {
            globals = (PDict) globalsArgument;
            if (locals == PNone.NONE) {
                locals = globals;
            }
        }
        addBuiltins(globals);
        if (source instanceof FunctionCode code) {
            if (code.freeNames().length > 0) {
                throw PythonErrors.typeError("code object passed to eval() may not contain free variables");
            }
            return CodeExecution.run(code, globals, locals, null);
        }
        String text = stripIndentation(sourceText(source, "eval", "string, bytes or code", "<string>"));
        FunctionCode code = ModuleCompiler.compile(SkeinLanguage.get(null), text, "<string>", CompileMode.EVAL, 0);
        return CodeExecution.run(code, globals, locals, null);
    }

    /** As CPython, code run in globals without {@code __builtins__} gets the caller's builtins there. */
    private static void addBuiltins(PDict globals) {
        if (globals.getItem("__builtins__") == null) {
            globals.setDefault("__builtins__", CodeExecution.builtinsOf(CallerFrames.globals()));
        }
    }

    /** The cells a code object's free variables take, checked as CPython's exec checks them. */
    private static PCell[] closureFor(FunctionCode code, Object closure) {
        int free = code.freeNames().length;
        if (free == 0) {
            if (closure != null) {
                throw PythonErrors.typeError("cannot use a closure with this code object");
            }
            return null;
        }
        if (closure instanceof PTuple tuple && tuple.getPythonClass() == SkeinLanguage.types().tupleType
                && tuple.size() == free) {
            PCell[] cells = new PCell[free];
            for (int i = 0; i < free; i++) {
                if (!(tuple.get(i) instanceof PCell cell)) {
                    break;
                }
                cells[i] = cell;
            }
            if (cells[free - 1] != null) {
                return cells;
            }
        }
        throw PythonErrors.typeError("code object requires a closure of exactly length " + free);
    }

    /** Whether {@code value} can be a namespace: its type has {@code __getitem__} (CPython's PyMapping_Check). */
    private static boolean isMapping(Object value) {
        return value instanceof PDict || TypeOf.get(value).lookup("__getitem__") != null;
    }

    /**
     * Source given as a str or as bytes (decoded as a source file is, by its coding declaration),
     * which may not hold NUL characters.
     */
    private static String sourceText(Object source, String function, String accepted, String filename) {
        String text;
        if (text(source) instanceof String s) {
            text = s;
        } else if (BytesLike.bytesOrNull(source) instanceof byte[] bytes) {
            try {
                text = SourceDecoder.decodeModule(bytes, filename);
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.fromParser(e);
            }
        } else {
            throw PythonErrors.typeError(function + "() arg 1 must be a " + accepted + " object");
        }
        if (text.indexOf('\0') >= 0) {
            throw SyntaxErrors.fromParser(new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                    "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null));
        }
        return text;
    }

    /** {@code eval} ignores the spaces and tabs that start its source. */
    private static String stripIndentation(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        return text.substring(start);
    }

    /** A str, or a str subclass's value; null for anything else. */
    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return value instanceof PValueObject object && object.value() instanceof String s ? s : null;
    }

    /** compile()'s filename: str, bytes or an os.PathLike giving one of them. */
    private static String filename(Object value) {
        if (text(value) instanceof String s) {
            return s;
        }
        if (value instanceof PBytes bytes) {
            return new String(bytes.bytes(), StandardCharsets.UTF_8);
        }
        if (!(value instanceof String) && TypeOf.get(value).lookup("__fspath__") != null) {
            Object path = Calls.callSpecial(value, "__fspath__");
            if (text(path) != null || path instanceof PBytes) {
                return filename(path);
            }
            throw PythonErrors.typeError("expected " + TypeOf.name(value) + ".__fspath__() to return str or bytes, not "
                    + TypeOf.name(path));
        }
        throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not " + TypeOf.name(value));
    }
}
