package skein.interpreter.runtime;

import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.Signature;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.List;

/**
 * The messages of a bad call of a builtin, worded as CPython's C functions word them. Those
 * depend on how the C function takes its arguments, which the signature tells closely enough:
 * <ul>
 * <li>no keywords and no parameters, or exactly one: {@code list.clear() takes no arguments
 *     (1 given)}, {@code len() takes exactly one argument (0 given)};
 * <li>no keywords, several parameters, or a constructor: {@code get expected at least 1
 *     argument, got 0}, {@code float expected at most 1 argument, got 2};
 *     a special method of fixed arity: {@code expected 1 argument, got 0};
 * <li>keywords accepted: {@code split() takes at most 2 arguments (3 given)},
 *     {@code round() missing required argument 'number' (pos 1)},
 *     {@code 'x' is an invalid keyword argument for split()}.
 * </ul>
 * A few C functions parse their arguments by hand with words of their own; those differ.
 */
final class BuiltinArgumentErrors implements ArgumentErrors {

    private final PBuiltinFunction builtin;

    BuiltinArgumentErrors(PBuiltinFunction builtin) {
        this.builtin = builtin;
    }

    /** Raises the error C functions give for wrong argument counts, if the counts are wrong. */
    static void checkCounts(PBuiltinFunction builtin, int positionalGiven, int keywordsGiven) {
        BuiltinArgumentErrors errors = new BuiltinArgumentErrors(builtin);
        if (positionalGiven == 0 && errors.receiverCount() == 1 && builtin.binding() == PBuiltinFunction.Binding.STATIC_METHOD) {
            throw PythonErrors.typeError(builtin.owner().getName() + ".__new__(): not enough arguments");
        }
        Signature signature = builtin.signature();
        int n = positionalGiven - errors.receiverCount();
        int max = errors.positionalParameters();
        int min = errors.requiredPositional();
        if (!errors.acceptsKeywords()) {
            if (keywordsGiven > 0) {
                throw PythonErrors.typeError(errors.qualifiedName() + "() takes no keyword arguments");
            }
            if (!signature.hasVarArgs() && (n < min || n > max)) {
                throw errors.wrongCount(n, min, max);
            }
            return;
        }
        if (signature.hasVarArgs()) {
            return;
        }
        int maxArguments = max + signature.keywordOnlyCount();
        if (!signature.hasVarKeywords() && n + keywordsGiven > maxArguments) {
            throw PythonErrors.typeError(errors.name() + "() takes at most " + maxArguments + " "
                    + (n == 0 ? "keyword " : "") + "argument" + plural(maxArguments) + " (" + (n + keywordsGiven) + " given)");
        }
        if (n > max) {
            throw errors.tooManyPositional(n, min, max);
        }
    }

    @Override
    public RuntimeException multipleValues(String name, int slot) {
        return PythonErrors.typeError("argument for " + name() + "() given by name ('" + name + "') and position ("
                + (slot + 1 - receiverCount()) + ")");
    }

    @Override
    public RuntimeException duplicateKeyword(String name) {
        return PythonErrors.typeError(qualifiedName() + "() got multiple values for keyword argument '" + name + "'");
    }

    @Override
    public RuntimeException unexpectedKeyword(String name) {
        return PythonErrors.typeError("'" + name + "' is an invalid keyword argument for " + name() + "()");
    }

    @Override
    public RuntimeException positionalOnlyByKeyword(List<String> names) {
        return unexpectedKeyword(names.get(0));
    }

    @Override
    public RuntimeException tooManyPositional(Signature signature, Object[] defaults, int given, int keywordOnlyGiven) {
        return tooManyPositional(given - receiverCount(), requiredPositional(), positionalParameters());
    }

    @Override
    public RuntimeException missing(List<String> names, int firstSlot, boolean keywordOnly) {
        if (!acceptsKeywords()) {
            // only reachable through a call that skipped the count check; word it as that would
            return PythonErrors.typeError(name() + "() missing required argument '" + names.get(0) + "'");
        }
        return PythonErrors.typeError(name() + "() missing required argument '" + names.get(0) + "' (pos "
                + (firstSlot + 1 - receiverCount()) + ")");
    }

    private RuntimeException tooManyPositional(int n, int min, int max) {
        if (!acceptsKeywords()) {
            return wrongCount(n, min, max);
        }
        if (max == 0) {
            return PythonErrors.typeError(name() + "() takes no positional arguments");
        }
        return PythonErrors.typeError(name() + "() takes " + (min < max ? "at most" : "exactly") + " " + max
                + " positional argument" + plural(max) + " (" + n + " given)");
    }

    /** The count errors of a builtin that takes no keywords. */
    private RuntimeException wrongCount(int n, int min, int max) {
        if (isSpecialMethod() && min == max) {
            return PythonErrors.typeError("expected " + max + " argument" + plural(max) + ", got " + n);
        }
        if (max == 0 && !isConstructor()) {
            return PythonErrors.typeError(qualifiedName() + "() takes no arguments (" + n + " given)");
        }
        if (max == 1 && min == 1 && !isConstructor()) {
            return PythonErrors.typeError(qualifiedName() + "() takes exactly one argument (" + n + " given)");
        }
        int bound = n < min ? min : max;
        String qualifier = min == max ? "" : (n < min ? "at least " : "at most ");
        return PythonErrors.typeError(name() + " expected " + qualifier + bound + " argument" + plural(bound)
                + ", got " + n);
    }

    /** Methods, class methods and {@code __new__} receive their object or class first. */
    private int receiverCount() {
        return switch (builtin.binding()) {
            case METHOD, CLASS_METHOD -> 1;
            case STATIC_METHOD -> isConstructor() ? 1 : 0;
            case FUNCTION -> 0;
        };
    }

    private int positionalParameters() {
        return builtin.signature().positionalCount() - receiverCount();
    }

    private int requiredPositional() {
        Object[] defaults = builtin.defaults();
        return positionalParameters() - (defaults == null ? 0 : defaults.length);
    }

    private boolean acceptsKeywords() {
        Signature signature = builtin.signature();
        return signature.positionalOnlyCount() < signature.positionalCount() || signature.keywordOnlyCount() > 0
                || signature.hasVarKeywords();
    }

    private boolean isConstructor() {
        return builtin.owner() != null && (builtin.name().equals("__new__") || builtin.name().equals("__init__"));
    }

    private boolean isSpecialMethod() {
        String name = builtin.name();
        return builtin.owner() != null && !isConstructor() && name.length() > 4 && name.startsWith("__")
                && name.endsWith("__");
    }

    /** The bare name C functions give themselves: {@code get}; a type's constructor is the type. */
    private String name() {
        return isConstructor() ? builtin.owner().getName() : builtin.name();
    }

    /** The name with its type or module: {@code list.append}, {@code math.sqrt}, {@code len}. */
    private String qualifiedName() {
        if (isConstructor()) {
            return builtin.owner().getName();
        }
        if (builtin.owner() != null) {
            return builtin.owner().getName() + "." + builtin.name();
        }
        String module = builtin.module();
        return module == null || module.equals("builtins") ? builtin.name() : module + "." + builtin.name();
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
