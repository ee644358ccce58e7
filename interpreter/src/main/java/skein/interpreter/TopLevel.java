package skein.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.Tracebacks;

import java.math.BigInteger;

/**
 * What the interpreter does at the top of a program, as CPython does: an uncaught exception is
 * printed through {@code sys.excepthook} and makes the exit status 1; {@code SystemExit} sets
 * the status from its code.
 */
public final class TopLevel {

    private TopLevel() {
    }

    /** Handles an exception that reached the top; returns the process exit status. */
    @TruffleBoundary
    public static int uncaught(SkeinContext context, PException e) {
        BuiltinTypes types = context.types();
        PBaseException exception = e.pythonException();
        if (exception.getPythonClass().isSubclassOf(types.systemExit)) {
            return exitStatus(context, exception);
        }
        printException(context, exception);
        return 1;
    }

    /** Prints an exception through {@code sys.excepthook}, or directly when the hook itself fails. */
    @TruffleBoundary
    public static void printException(SkeinContext context, PBaseException exception) {
        context.streams().stdout().flushQuietly();
        Object hook = Attributes.getOrNull(context.sysModule(), "excepthook");
        if (hook != null && !(hook instanceof PBuiltinFunction)) {
            try {
                Object traceback = exception.traceback() == null ? PNone.NONE : exception.traceback();
                Calls.call(hook, exception.getPythonClass(), exception, traceback);
                return;
            } catch (PException hookFailure) {
                context.streams().stderr().write("Error in sys.excepthook:\n");
                context.streams().stderr().write(Tracebacks.format(hookFailure.pythonException(), context.sourceLines()));
                context.streams().stderr().write("\nOriginal exception was:\n");
            }
        }
        context.streams().stderr().write(Tracebacks.format(exception, context.sourceLines()));
        context.streams().stderr().flushQuietly();
    }

    /** {@code SystemExit(code)}: None is 0, an int is itself, anything else is printed and is 1. */
    private static int exitStatus(SkeinContext context, PBaseException exit) {
        PDict dict = exit.getDict();
        Object code = dict == null ? null : dict.getItem("code");
        if (code == null) {
            PTuple args = exit.args();
            code = args.size() == 0 ? PNone.NONE : (args.size() == 1 ? args.get(0) : args);
        }
        if (code == PNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (code instanceof BigInteger big) {
            return big.intValue();
        }
        context.streams().stdout().flushQuietly();
        context.streams().stderr().write(Reprs.str(code) + "\n");
        context.streams().stderr().flushQuietly();
        return 1;
    }

    /**
     * The end of the program, in CPython's order: the exit hooks run ({@code threading} waits for
     * its non-daemon threads there), time stops for the threads still running (daemons), dropped
     * generators are finalized, and buffered output is written out. SystemExit or an uncaught
     * exception raised by a hook decides the status instead. Only the first call does this.
     */
    @TruffleBoundary
    public static int shutdown(SkeinContext context, int status) {
        if (!context.markEnded()) {
            return status;
        }
        int result = status;
        try {
            context.threads().runExitHooks();
        } catch (PException e) {
            result = uncaught(context, e);
        }
        context.clock().stop();
        context.finalization().finalizeAll(context);
        context.streams().flushAll();
        return result;
    }
}
