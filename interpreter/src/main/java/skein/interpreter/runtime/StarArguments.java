package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PDict;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a call with {@code *iterable} and {@code **mapping}, unpacked with CPython's
 * checks and messages: for call sites that star their arguments, and for Java code that makes
 * such a call ({@code target(*args, **kwargs)} in a thread's {@code run}).
 */
public final class StarArguments {

    private StarArguments() {
    }

    /** {@code function(*iterable, **mapping)}. */
    @TruffleBoundary
    public static Object call(Object function, Object iterable, Object mapping) {
        List<Object> args = new ArrayList<>();
        addPositional(function, args, iterable);
        List<Object> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        addKeywords(function, names, values, mapping);
        return Calls.callWithKeywords(function, args.toArray(), names.isEmpty() ? null : names.toArray(new String[0]),
                names.isEmpty() ? null : values.toArray());
    }

    /** Appends the items of {@code *iterable} to {@code args}. */
    @TruffleBoundary
    public static void addPositional(Object function, List<Object> args, Object iterable) {
        if (!Iteration.isIterable(iterable)) {
            throw PythonErrors.typeError(describe(function) + " argument after * must be an iterable, not "
                    + TypeOf.name(iterable));
        }
        for (Object item : Iteration.toArray(iterable)) {
            args.add(item);
        }
    }

    /** Appends the entries of {@code **mapping} to {@code names} and {@code values}. */
    @TruffleBoundary
    public static void addKeywords(Object function, List<Object> names, List<Object> values, Object mapping) {
        if (mapping instanceof PDict dict) {
            for (PDict.Entry e : dict.entrySnapshot()) {
                addKeyword(function, names, values, keyName(e.key), e.value());
            }
            return;
        }
        Object keysMethod = Attributes.getOrNull(mapping, "keys");
        if (keysMethod == null) {
            throw PythonErrors.typeError(describe(function) + " argument after ** must be a mapping, not "
                    + TypeOf.name(mapping));
        }
        for (Object key : Iteration.toArray(Calls.call(keysMethod))) {
            addKeyword(function, names, values, keyName(key), Subscripts.getItem(mapping, key));
        }
    }

    private static String keyName(Object key) {
        if (key instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("keywords must be strings");
    }

    /** Appends one keyword argument, refusing a name given twice. */
    public static void addKeyword(Object function, List<Object> names, List<Object> values, String name, Object value) {
        if (names.contains(name)) {
            throw PythonErrors.typeError(describe(function) + " got multiple values for keyword argument '" + name + "'");
        }
        names.add(name);
        values.add(value);
    }

    /**
     * How CPython names a callee in these messages ({@code _PyObject_FunctionStr}): its
     * qualified name with the module in front unless that is {@code builtins}, as in
     * {@code __main__.C.m()}, {@code math.sqrt()}, {@code list.append()}.
     */
    private static String describe(Object function) {
        Object qualname = Attributes.getOrNull(function, "__qualname__");
        if (!(qualname instanceof String name)) {
            return TypeOf.name(function) + " object";
        }
        Object module = Attributes.getOrNull(function, "__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + name + "()";
        }
        return name + "()";
    }
}
