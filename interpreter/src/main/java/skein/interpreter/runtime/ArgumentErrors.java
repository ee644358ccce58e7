package skein.interpreter.runtime;

import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.Signature;

import java.util.List;

/**
 * The TypeErrors of a call whose arguments do not fit the signature. CPython words them one
 * way for functions written in Python and another for those written in C, so each kind of
 * callee has its own set; the binder asks for one only once a call has gone wrong.
 */
interface ArgumentErrors {

    /**
     * The errors of a call of {@code callee} that failed to bind. A builtin first reports wrong
     * argument counts, which C functions check before anything else; every such count is one
     * the binding fails on too, so a call that binds never pays for the check. A builtin that
     * CPython writes in Python is worded as a Python function.
     */
    static ArgumentErrors of(Object callee, int positionalGiven, int keywordsGiven) {
        if (callee instanceof PBuiltinFunction builtin) {
            if (builtin.errorsWordedAsPython()) {
                return new FunctionArgumentErrors(builtin.qualname());
            }
            BuiltinArgumentErrors.checkCounts(builtin, positionalGiven, keywordsGiven);
            return new BuiltinArgumentErrors(builtin);
        }
        return new FunctionArgumentErrors(((PFunction) callee).qualname());
    }

    /** A keyword names the parameter at {@code slot}, which a positional argument already filled. */
    RuntimeException multipleValues(String name, int slot);

    /** The same keyword twice, both going to {@code **kwargs}. */
    RuntimeException duplicateKeyword(String name);

    RuntimeException unexpectedKeyword(String name);

    RuntimeException positionalOnlyByKeyword(List<String> names);

    /** More positional arguments than positional parameters, and no {@code *args}. */
    RuntimeException tooManyPositional(Signature signature, Object[] defaults, int given, int keywordOnlyGiven);

    /** Required parameters left unbound, the first of them at {@code firstSlot}. */
    RuntimeException missing(List<String> names, int firstSlot, boolean keywordOnly);
}
