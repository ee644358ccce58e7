package skein.interpreter.nodes.calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.StarArguments;

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
                StarArguments.addPositional(function, args, positional[i]);
            } else {
                args.add(positional[i]);
            }
        }
        List<Object> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < keywords.length; i++) {
            if (keywordNames[i] != null) {
                StarArguments.addKeyword(function, names, values, keywordNames[i], keywords[i]);
            } else {
                StarArguments.addKeywords(function, names, values, keywords[i]);
            }
        }
        return new Object[][]{args.toArray(), names.toArray(), values.toArray()};
    }
}
