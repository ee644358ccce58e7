package skein.interpreter.nodes.calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.objects.PDict;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.List;

/** A call with {@code *iterable} or {@code **mapping} arguments: the argument lists are built at run time. */
public final class StarCallNode extends ExpressionNode {

    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] arguments;
    /** Which positional arguments are {@code *x}. */
    private final boolean[] starred;
    /** Keyword names; null marks a {@code **x} entry. */
    private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();

    public StarCallNode(ExpressionNode callee, ExpressionNode[] arguments, boolean[] starred, String[] keywordNames,
                        ExpressionNode[] keywordValues) {
        this.callee = callee;
        this.arguments = arguments;
        this.starred = starred;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        Object[] positional = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            positional[i] = arguments[i].execute(frame);
        }
        Object[] keywords = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            keywords[i] = keywordValues[i].execute(frame);
        }
        Object[][] built = build(function, positional, keywords);
        Object[] names = built[1];
        String[] nameArray = null;
        if (names.length > 0) {
            nameArray = new String[names.length];
            System.arraycopy(names, 0, nameArray, 0, names.length);
        }
        return dispatch.execute(function, built[0], nameArray, names.length > 0 ? built[2] : null, PArguments.getThreadState(frame));
    }

    /** {positional args, keyword names, keyword values}. */
    @TruffleBoundary
    private Object[][] build(Object function, Object[] positional, Object[] keywords) {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < positional.length; i++) {
            if (starred[i]) {
                Object iterable = positional[i];
                if (!Iteration.isIterable(iterable)) {
                    throw PythonErrors.typeError(describe(function) + " argument after * must be an iterable, not "
                            + TypeOf.name(iterable));
                }
                for (Object item : Iteration.toArray(iterable)) {
                    args.add(item);
                }
            } else {
                args.add(positional[i]);
            }
        }
        List<Object> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < keywords.length; i++) {
            if (keywordNames[i] != null) {
                addKeyword(function, names, values, keywordNames[i], keywords[i]);
                continue;
            }
            Object mapping = keywords[i];
            if (mapping instanceof PDict dict) {
                for (PDict.Entry e : dict.entrySnapshot()) {
                    addKeyword(function, names, values, keyName(e.key), e.value());
                }
                continue;
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
        return new Object[][]{args.toArray(), names.toArray(), values.toArray()};
    }

    private static String keyName(Object key) {
        if (key instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("keywords must be strings");
    }

    private static void addKeyword(Object function, List<Object> names, List<Object> values, String name, Object value) {
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
