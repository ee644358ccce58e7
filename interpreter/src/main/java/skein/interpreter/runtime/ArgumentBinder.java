package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.Signature;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binds a call's positional and keyword arguments to a signature's slots, with CPython's
 * rules; {@link ArgumentErrors} words what goes wrong.
 */
public final class ArgumentBinder {

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    private ArgumentBinder() {
    }

    /**
     * @param callee the function or builtin called, which words the errors
     * @param defaults values for the last positional parameters
     * @param keywordDefaults one per keyword-only parameter, null where none
     * @return an argument array laid out as {@link PArguments} says, header slots still empty
     */
    @TruffleBoundary
    public static Object[] bind(Signature signature, Object callee, Object[] defaults, Object[] keywordDefaults,
                                Object[] positional, String[] keywordNames, Object[] keywordValues) {
        BuiltinTypes types = skein.interpreter.SkeinLanguage.types();
        if (keywordNames == null) {
            keywordNames = NO_NAMES;
            keywordValues = NO_VALUES;
        }
        String[] names = signature.names();
        int positionalCount = signature.positionalCount();
        Object[] arguments = PArguments.create(signature.slotCount());
        int given = positional.length;
        int copied = Math.min(given, positionalCount);
        System.arraycopy(positional, 0, arguments, 0, copied);
        if (signature.hasVarArgs()) {
            Object[] rest = given > positionalCount ? Arrays.copyOfRange(positional, positionalCount, given) : new Object[0];
            arguments[signature.varArgsIndex()] = new PTuple(types.tupleType, rest);
        }
        PDict extraKeywords = null;
        if (signature.hasVarKeywords()) {
            extraKeywords = new PDict(types.dictType);
            arguments[signature.varKeywordsIndex()] = extraKeywords;
        }
        List<String> positionalOnlyPassedByName = null;
        int kwStart = signature.keywordOnlyStart();
        for (int k = 0; k < keywordNames.length; k++) {
            String name = keywordNames[k];
            int slot = keywordSlot(signature, name);
            if (slot >= 0) {
                if (arguments[slot] != null) {
                    throw errors(callee, positional, keywordNames).multipleValues(name, slot);
                }
                arguments[slot] = keywordValues[k];
            } else if (extraKeywords != null) {
                if (extraKeywords.getItem(name) != null) {
                    throw errors(callee, positional, keywordNames).duplicateKeyword(name);
                }
                extraKeywords.setItem(name, keywordValues[k]);
            } else if (isPositionalOnly(signature, name)) {
                if (positionalOnlyPassedByName == null) {
                    positionalOnlyPassedByName = new ArrayList<>();
                }
                positionalOnlyPassedByName.add(name);
            } else {
                throw errors(callee, positional, keywordNames).unexpectedKeyword(name);
            }
        }
        if (positionalOnlyPassedByName != null) {
            throw errors(callee, positional, keywordNames).positionalOnlyByKeyword(positionalOnlyPassedByName);
        }
        if (given > positionalCount && !signature.hasVarArgs()) {
            throw errors(callee, positional, keywordNames).tooManyPositional(signature, defaults, given,
                    countBound(arguments, kwStart, signature.keywordOnlyCount()));
        }
        int firstDefault = positionalCount - (defaults == null ? 0 : defaults.length);
        List<String> missing = null;
        int firstMissing = -1;
        for (int i = given; i < positionalCount; i++) {
            if (arguments[i] == null) {
                if (i >= firstDefault) {
                    arguments[i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                        firstMissing = i;
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            throw errors(callee, positional, keywordNames).missing(missing, firstMissing, false);
        }
        for (int i = 0; i < signature.keywordOnlyCount(); i++) {
            int slot = kwStart + i;
            if (arguments[slot] == null) {
                Object dflt = keywordDefaults == null ? null : keywordDefaults[i];
                if (dflt != null) {
                    arguments[slot] = dflt;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                        firstMissing = slot;
                    }
                    missing.add(names[slot]);
                }
            }
        }
        if (missing != null) {
            throw errors(callee, positional, keywordNames).missing(missing, firstMissing, true);
        }
        return arguments;
    }

    private static ArgumentErrors errors(Object callee, Object[] positional, String[] keywordNames) {
        return ArgumentErrors.of(callee, positional.length, keywordNames.length);
    }

    private static int countBound(Object[] arguments, int start, int count) {
        int bound = 0;
        for (int i = start; i < start + count; i++) {
            if (arguments[i] != null) {
                bound++;
            }
        }
        return bound;
    }

    /** The slot a keyword argument binds to, or -1 (positional-only parameters do not count). */
    private static int keywordSlot(Signature signature, String name) {
        String[] names = signature.names();
        for (int i = signature.positionalOnlyCount(); i < signature.positionalCount(); i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        int kwStart = signature.keywordOnlyStart();
        for (int i = kwStart; i < kwStart + signature.keywordOnlyCount(); i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPositionalOnly(Signature signature, String name) {
        String[] names = signature.names();
        for (int i = 0; i < signature.positionalOnlyCount(); i++) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

}
