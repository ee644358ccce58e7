package skein.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.io.FileOpener;
import skein.interpreter.runtime.io.PTextIO;

import java.util.Map;

/** {@code print}, {@code input} and {@code open}. */
final class InputOutputFunctions {

    private InputOutputFunctions() {
    }

    static void define(BuiltinDefiner d, Map<String, Object> members) {
        IntrospectionFunctions.add(members, d.function("print(*args, sep=' ', end='\\n', file=None, flush=False)",
                a -> print((PTuple) a[0], a[1], a[2], a[3], a[4])));
        IntrospectionFunctions.add(members, d.function("input(prompt=?, /)", a -> input(a[0])));
        IntrospectionFunctions.add(members, d.function("open(file, mode='r', buffering=-1, encoding=None, errors=None, "
                + "newline=None, closefd=True, opener=None)",
                a -> FileOpener.open(SkeinContext.get(null), a[0], a[1], a[3], a[4], a[5])));
    }

    @TruffleBoundary
    private static Object print(PTuple args, Object sep, Object end, Object file, Object flush) {
        String separator = textOrDefault(sep, " ", "sep");
        String ending = textOrDefault(end, "\n", "end");
        SkeinContext context = SkeinContext.get(null);
        Object target = file == PNone.NONE ? Attributes.get(context.sysModule(), "stdout") : file;
        if (target == PNone.NONE) {
            return PNone.NONE;
        }
        Object[] items = args.items();
        if (target instanceof PTextIO stream) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    line.append(separator);
                }
                line.append(Reprs.str(items[i]));
            }
            line.append(ending);
            stream.write(line.toString());
            if (Truthiness.isTrue(flush)) {
                stream.flush();
            }
            return PNone.NONE;
        }
        Object write = Attributes.get(target, "write");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                Calls.call(write, separator);
            }
            Calls.call(write, Reprs.str(items[i]));
        }
        Calls.call(write, ending);
        if (Truthiness.isTrue(flush)) {
            Calls.callMethod(target, "flush");
        }
        return PNone.NONE;
    }

    private static String textOrDefault(Object value, String dflt, String name) {
        if (value == PNone.NONE) {
            return dflt;
        }
        if (value instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError(name + " must be None or a string, not " + TypeOf.name(value));
    }

    @TruffleBoundary
    private static Object input(Object prompt) {
        SkeinContext context = SkeinContext.get(null);
        if (prompt != Missing.INSTANCE) {
            Object stdout = Attributes.get(context.sysModule(), "stdout");
            Calls.callMethod(stdout, "write", Reprs.str(prompt));
            Calls.callMethod(stdout, "flush");
        }
        Object stdin = Attributes.get(context.sysModule(), "stdin");
        Object line = Calls.callMethod(stdin, "readline");
        if (!(line instanceof String text)) {
            throw PythonErrors.typeError("object.readline() returned non-string");
        }
        if (text.isEmpty()) {
            throw PythonErrors.eofError("EOF when reading a line");
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
