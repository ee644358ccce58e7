package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PModule;

/**
 * Runs a code object in a globals dict: a module body (imported, the main program, a cell), or
 * what {@code exec} and {@code eval} run. The code is shared; each run makes its own function
 * object, so one code object may run many times, in many threads at once.
 */
public final class CodeExecution {

    private CodeExecution() {
    }

    /** A module body, whose names are its globals. */
    @TruffleBoundary
    public static Object runModule(FunctionCode code, PDict globals) {
        return run(code, globals, null, null);
    }

    /**
     * Code in {@code globals} with {@code locals} as the namespace of its top-level names (code
     * compiled by {@code compile} reads and binds them there), as {@code exec} runs it. The code
     * of a function runs as a call without arguments, with {@code closure} as its cells.
     */
    @TruffleBoundary
    public static Object run(FunctionCode code, PDict globals, Object locals, PCell[] closure) {
        PFunction function = new PFunction(SkeinLanguage.types().functionType, code, globals, builtinsOf(globals),
                closure, null, null);
        if (code.kind() != FunctionCode.Kind.MODULE && code.kind() != FunctionCode.Kind.CLASS_BODY) {
            return Calls.call(function);
        }
        Object[] arguments = PArguments.create(0);
        PArguments.setCallee(arguments, function);
        PArguments.setExtra(arguments, locals);
        return code.callTarget().call(arguments);
    }

    /**
     * The builtins of code run in {@code globals}, as CPython finds them: its {@code __builtins__}
     * (a module stands for its dict), or the builtins module's dict when it has none.
     */
    public static Object builtinsOf(PDict globals) {
        Object builtins = globals.getItem("__builtins__");
        if (builtins == null) {
            return SkeinContext.get(null).builtinsModule().globals();
        }
        return builtins instanceof PModule module ? module.globals() : builtins;
    }
}
