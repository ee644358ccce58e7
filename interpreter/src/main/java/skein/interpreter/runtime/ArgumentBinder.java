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
 * rules and error messages ("f() missing 1 required positional argument: 'b'").
 */
public final class ArgumentBinder {

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    private ArgumentBinder() {
    }

    /**
     * @param displayName the name in error messages, e.g. {@code C.method}
     * @param defaults values for the last positional parameters
     * @param keywordDefaults one per keyword-only parameter, null where none
     * @return an argument array laid out as {@link PArguments} says, header slots still empty
     */
    @TruffleBoundary
    public static Object[] bind(Signature signature, String displayName, Object[] defaults, Object[] keywordDefaults,
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
                    throw PythonErrors.typeError(displayName + "() got multiple values for argument '" + name + "'");
                }
                arguments[slot] = keywordValues[k];
            } else if (extraKeywords != null) {
                if (extraKeywords.getItem(name) != null) {
                    throw PythonErrors.typeError(displayName + "() got multiple values for keyword argument '" + name + "'");
                }
                extraKeywords.setItem(name, keywordValues[k]);
            } else if (isPositionalOnly(signature, name)) {
                if (positionalOnlyPassedByName == null) {
                    positionalOnlyPassedByName = new ArrayList<>();
                }
                positionalOnlyPassedByName.add(name);
            } else {
                throw PythonErrors.typeError(displayName + "() got an unexpected keyword argument '" + name + "'");
            }
        }
        if (positionalOnlyPassedByName != null) {
            throw PythonErrors.typeError(displayName + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", positionalOnlyPassedByName) + "'");
        }
        if (given > positionalCount && !signature.hasVarArgs()) {
            throw tooManyPositional(signature, displayName, defaults, given, arguments, kwStart);
        }
        int firstDefault = positionalCount - (defaults == null ? 0 : defaults.length);
        List<String> missing = null;
        for (int i = given; i < positionalCount; i++) {
            if (arguments[i] == null) {
                if (i >= firstDefault) {
                    arguments[i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(displayName, missing, "positional");
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
                    }
                    missing.add(names[slot]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(displayName, missing, "keyword-only");
        }
        return arguments;
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

    private static RuntimeException tooManyPositional(Signature signature, String displayName, Object[] defaults,
                                                      int given, Object[] arguments, int kwStart) {
        int max = signature.positionalCount();
        int min = max - (defaults == null ? 0 : defaults.length);
        String takes = min == max
                ? max + " positional argument" + (max == 1 ? "" : "s")
                : "from " + min + " to " + max + " positional arguments";
        int keywordOnlyGiven = 0;
        for (int i = kwStart; i < kwStart + signature.keywordOnlyCount(); i++) {
            if (arguments[i] != null) {
                keywordOnlyGiven++;
            }
        }
        String givenText;
        if (keywordOnlyGiven > 0) {
            givenText = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + keywordOnlyGiven
                    + " keyword-only argument" + (keywordOnlyGiven == 1 ? "" : "s") + ") were";
        } else {
            givenText = given + (given == 1 ? " was" : " were");
        }
        return PythonErrors.typeError(displayName + "() takes " + takes + " but " + givenText + " given");
    }

    private static RuntimeException missingArguments(String displayName, List<String> missing, String kind) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                names.append(missing.size() == 2 ? " and " : (i == missing.size() - 1 ? ", and " : ", "));
            }
            names.append('\'').append(missing.get(i)).append('\'');
        }
        int n = missing.size();
        return PythonErrors.typeError(displayName + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + names);
    }
}
