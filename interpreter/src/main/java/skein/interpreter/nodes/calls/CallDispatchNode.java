package skein.interpreter.nodes.calls;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PMethod;
import skein.interpreter.runtime.ArgumentBinder;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.PArguments;

/**
 * Calls a callable with evaluated arguments. Python functions are cached by their code (shared
 * by all contexts), builtins by identity (they belong to the language), so a call site goes
 * straight to a {@link DirectCallNode} that the compiler can inline; bound methods unwrap to
 * their function; everything else takes the generic path.
 */
@ReportPolymorphism
@GenerateInline(false)
public abstract class CallDispatchNode extends Node {

    protected static final int CACHE_LIMIT = 3;

    /** {@code keywordNames} is null when the call passes no keyword arguments. */
    public abstract Object execute(Object callee, Object[] args, String[] keywordNames, Object[] keywordValues);

    @Specialization(guards = {"keywordNames == null", "callee.code() == cachedCode",
            "cachedCode.signature().takesExactlyPositional(args.length)"}, limit = "CACHE_LIMIT")
    protected static Object callFunctionPositional(PFunction callee, Object[] args, String[] keywordNames,
                                                   Object[] keywordValues,
                                                   @Cached("callee.code()") FunctionCode cachedCode,
                                                   @Cached("create(cachedCode.callTarget())") DirectCallNode call) {
        Object[] arguments = PArguments.create(args.length);
        System.arraycopy(args, 0, arguments, 0, args.length);
        PArguments.setCallee(arguments, callee);
        return call.call(arguments);
    }

    @Specialization(guards = "callee.code() == cachedCode", limit = "CACHE_LIMIT")
    protected static Object callFunction(PFunction callee, Object[] args, String[] keywordNames, Object[] keywordValues,
                                         @Cached("callee.code()") FunctionCode cachedCode,
                                         @Cached("create(cachedCode.callTarget())") DirectCallNode call) {
        Object[] arguments = ArgumentBinder.bind(cachedCode.signature(), callee.qualname(), callee.defaults(),
                callee.keywordDefaults(), args, keywordNames, keywordValues);
        PArguments.setCallee(arguments, callee);
        return call.call(arguments);
    }

    @Specialization(guards = "callee == cachedBuiltin", limit = "CACHE_LIMIT")
    protected static Object callBuiltin(PBuiltinFunction callee, Object[] args, String[] keywordNames,
                                        Object[] keywordValues,
                                        @Cached("callee") PBuiltinFunction cachedBuiltin,
                                        @Cached("create(cachedBuiltin.callTarget())") DirectCallNode call) {
        Calls.checkSelf(cachedBuiltin, args);
        Object[] arguments;
        if (keywordNames == null && cachedBuiltin.signature().takesExactlyPositional(args.length)) {
            arguments = PArguments.create(args.length);
            System.arraycopy(args, 0, arguments, 0, args.length);
        } else {
            arguments = ArgumentBinder.bind(cachedBuiltin.signature(), cachedBuiltin.name(), cachedBuiltin.defaults(),
                    cachedBuiltin.keywordDefaults(), args, keywordNames, keywordValues);
        }
        PArguments.setCallee(arguments, cachedBuiltin);
        return call.call(arguments);
    }

    @Specialization
    protected static Object callMethod(PMethod callee, Object[] args, String[] keywordNames, Object[] keywordValues,
                                       @Cached CallDispatchNode inner) {
        return inner.execute(callee.function(), Calls.prepend(callee.self(), args), keywordNames, keywordValues);
    }

    @Specialization(replaces = {"callFunctionPositional", "callFunction", "callBuiltin", "callMethod"})
    protected static Object callGeneric(Object callee, Object[] args, String[] keywordNames, Object[] keywordValues) {
        return Calls.callWithKeywords(callee, args, keywordNames, keywordValues);
    }
}
