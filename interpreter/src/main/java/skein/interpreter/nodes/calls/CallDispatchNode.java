package skein.interpreter.nodes.calls;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PMethod;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.ArgumentBinder;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;

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

    /**
     * @param keywordNames null when the call passes no keyword arguments
     * @param thread the calling thread's state, passed on to Python callees
     */
    public abstract Object execute(Object callee, Object[] args, String[] keywordNames, Object[] keywordValues,
                                   PythonThreadState thread);

    @Specialization(guards = {"keywordNames == null", "callee.code() == cachedCode",
            "cachedCode.signature().takesExactlyPositional(args.length)"}, limit = "CACHE_LIMIT")
    protected static Object callFunctionPositional(PFunction callee, Object[] args, String[] keywordNames,
                                                   Object[] keywordValues,
                                                   PythonThreadState thread, @Cached("callee.code()") FunctionCode cachedCode,
                                                   @Cached("create(cachedCode.callTarget())") DirectCallNode call) {
        Object[] arguments = PArguments.create(args.length);
        System.arraycopy(args, 0, arguments, 0, args.length);
        PArguments.setCallee(arguments, callee);
        PArguments.setThreadState(arguments, thread);
        return call.call(arguments);
    }

    @Specialization(guards = "callee.code() == cachedCode", limit = "CACHE_LIMIT")
    protected static Object callFunction(PFunction callee, Object[] args, String[] keywordNames, Object[] keywordValues,
                                         PythonThreadState thread, @Cached("callee.code()") FunctionCode cachedCode,
                                         @Cached("create(cachedCode.callTarget())") DirectCallNode call) {
        Object[] arguments = ArgumentBinder.bind(cachedCode.signature(), callee, callee.defaults(),
                callee.keywordDefaults(), args, keywordNames, keywordValues);
        PArguments.setCallee(arguments, callee);
        PArguments.setThreadState(arguments, thread);
        return call.call(arguments);
    }

    @Specialization(guards = "callee == cachedBuiltin", limit = "CACHE_LIMIT")
    protected static Object callBuiltin(PBuiltinFunction callee, Object[] args, String[] keywordNames,
                                        Object[] keywordValues,
                                        PythonThreadState thread, @Cached("callee") PBuiltinFunction cachedBuiltin,
                                        @Cached("create(cachedBuiltin.callTarget())") DirectCallNode call) {
        Calls.checkSelf(cachedBuiltin, args);
        Object[] arguments;
        if (keywordNames == null && cachedBuiltin.signature().takesExactlyPositional(args.length)) {
            arguments = PArguments.create(args.length);
            System.arraycopy(args, 0, arguments, 0, args.length);
        } else {
            arguments = ArgumentBinder.bind(cachedBuiltin.signature(), cachedBuiltin, cachedBuiltin.defaults(),
                    cachedBuiltin.keywordDefaults(), args, keywordNames, keywordValues);
        }
        PArguments.setCallee(arguments, cachedBuiltin);
        return call.call(arguments);
    }

    @Specialization
    protected static Object callMethod(PMethod callee, Object[] args, String[] keywordNames, Object[] keywordValues,
                                       PythonThreadState thread, @Cached CallDispatchNode inner) {
        return inner.execute(callee.function(), Calls.prepend(callee.self(), args), keywordNames, keywordValues, thread);
    }

    /**
     * {@code C(args)} for a class made by a class statement whose metaclass is {@code type} and
     * that keeps {@code object.__new__}: the instance is made directly and {@code __init__} is
     * called through a cached dispatch, which inlines like any other call.
     */
    @Specialization(guards = "isPlainClass(callee, types)")
    protected static Object instantiate(PythonClass callee, Object[] args, String[] keywordNames, Object[] keywordValues,
                                        PythonThreadState thread, @Bind("getTypes($node)") BuiltinTypes types,
                                        @Cached CallDispatchNode init) {
        PythonObject instance = callee.newInstance(callee);
        Object initMethod = callee.lookup("__init__");
        if (initMethod == types.objectType.lookup("__init__")) {
            if (args.length > 0 || keywordNames != null) {
                throw PythonErrors.typeError(callee.getName() + "() takes no arguments");
            }
            return instance;
        }
        Object result = init.execute(initMethod, Calls.prepend(instance, args), keywordNames, keywordValues, thread);
        if (result != PNone.NONE) {
            throw PythonErrors.typeError("__init__() should return None, not '" + TypeOf.name(result) + "'");
        }
        return instance;
    }

    protected static boolean isPlainClass(PythonClass cls, BuiltinTypes types) {
        return !cls.isBuiltin() && cls.getPythonClass() == types.typeType && cls.hasInstanceFactory()
                && cls.lookup("__new__") == types.objectType.lookup("__new__");
    }

    protected static BuiltinTypes getTypes(Node node) {
        return SkeinLanguage.get(node).setup().types();
    }

    @Specialization(replaces = {"callFunctionPositional", "callFunction", "callBuiltin", "callMethod", "instantiate"})
    protected static Object callGeneric(Object callee, Object[] args, String[] keywordNames, Object[] keywordValues,
                                        PythonThreadState thread) {
        return Calls.callWithKeywords(callee, args, keywordNames, keywordValues);
    }
}
