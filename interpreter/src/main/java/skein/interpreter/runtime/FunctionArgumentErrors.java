package skein.interpreter.runtime;

import skein.interpreter.objects.Signature;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.List;

/** The messages of a bad call of a Python function: "f() missing 1 required positional argument: 'b'". */
record FunctionArgumentErrors(String displayName) implements ArgumentErrors {

    @Override
    public RuntimeException multipleValues(String name, int slot) {
        return PythonErrors.typeError(displayName + "() got multiple values for argument '" + name + "'");
    }

    @Override
    public RuntimeException duplicateKeyword(String name) {
        return PythonErrors.typeError(displayName + "() got multiple values for keyword argument '" + name + "'");
    }

    @Override
    public RuntimeException unexpectedKeyword(String name) {
        return PythonErrors.typeError(displayName + "() got an unexpected keyword argument '" + name + "'");
    }

    @Override
    public RuntimeException positionalOnlyByKeyword(List<String> names) {
        return PythonErrors.typeError(displayName + "() got some positional-only arguments passed as keyword arguments: '"
                + String.join(", ", names) + "'");
    }

    @Override
    public RuntimeException tooManyPositional(Signature signature, Object[] defaults, int given, int keywordOnlyGiven) {
        int max = signature.positionalCount();
        int min = max - (defaults == null ? 0 : defaults.length);
        String takes = min == max
                ? max + " positional argument" + plural(max)
                : "from " + min + " to " + max + " positional arguments";
        String givenText;
        if (keywordOnlyGiven > 0) {
            givenText = given + " positional argument" + plural(given) + " (and " + keywordOnlyGiven
                    + " keyword-only argument" + plural(keywordOnlyGiven) + ") were";
        } else {
            givenText = given + (given == 1 ? " was" : " were");
        }
        return PythonErrors.typeError(displayName + "() takes " + takes + " but " + givenText + " given");
    }

    @Override
    public RuntimeException missing(List<String> names, int firstSlot, boolean keywordOnly) {
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                quoted.append(names.size() == 2 ? " and " : (i == names.size() - 1 ? ", and " : ", "));
            }
            quoted.append('\'').append(names.get(i)).append('\'');
        }
        int n = names.size();
        return PythonErrors.typeError(displayName + "() missing " + n + " required "
                + (keywordOnly ? "keyword-only" : "positional") + " argument" + plural(n) + ": " + quoted);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
