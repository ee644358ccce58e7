package skein.interpreter.builtins;

import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.Signature;
import skein.interpreter.runtime.BuiltinTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * A builtin's signature written the way Python prints one, {@code "split(self, /, sep=None,
 * maxsplit=-1)"}: parsed into a {@link Signature} and the default values. Defaults may be
 * {@code None}, {@code True}, {@code False}, an int, a float, a quoted string, {@code ()}, or
 * {@code ?} for "not passed" ({@link Missing}).
 */
public record BuiltinSignature(String name, Signature signature, Object[] defaults, Object[] keywordDefaults) {

    public static BuiltinSignature parse(String text, BuiltinTypes types) {
        int open = text.indexOf('(');
        if (open < 0 || !text.endsWith(")")) {
            throw new IllegalArgumentException("bad builtin signature: " + text);
        }
        String name = text.substring(0, open).trim();
        String params = text.substring(open + 1, text.length() - 1).trim();
        List<String> names = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        List<Object> keywordDefaults = new ArrayList<>();
        int positionalOnly = 0;
        int positional = 0;
        int keywordOnly = 0;
        boolean varArgs = false;
        boolean varKeywords = false;
        boolean afterStar = false;
        String varArgsName = null;
        String varKeywordsName = null;
        List<String> keywordOnlyNames = new ArrayList<>();
        if (!params.isEmpty()) {
            for (String raw : splitParameters(params)) {
                String p = raw.trim();
                if (p.equals("/")) {
                    positionalOnly = positional;
                } else if (p.equals("*")) {
                    afterStar = true;
                } else if (p.startsWith("**")) {
                    varKeywords = true;
                    varKeywordsName = p.substring(2);
                } else if (p.startsWith("*")) {
                    varArgs = true;
                    afterStar = true;
                    varArgsName = p.substring(1);
                } else {
                    int eq = p.indexOf('=');
                    String paramName = eq < 0 ? p : p.substring(0, eq).trim();
                    Object dflt = eq < 0 ? null : literal(p.substring(eq + 1).trim(), types);
                    if (afterStar) {
                        keywordOnlyNames.add(paramName);
                        keywordDefaults.add(dflt);
                        keywordOnly++;
                    } else {
                        names.add(paramName);
                        positional++;
                        if (dflt != null) {
                            defaults.add(dflt);
                        } else if (!defaults.isEmpty()) {
                            throw new IllegalArgumentException("non-default after default in " + text);
                        }
                    }
                }
            }
        }
        if (varArgs) {
            names.add(varArgsName);
        }
        names.addAll(keywordOnlyNames);
        if (varKeywords) {
            names.add(varKeywordsName);
        }
        Signature signature = new Signature(names.toArray(new String[0]), positionalOnly, positional, keywordOnly,
                varArgs, varKeywords);
        return new BuiltinSignature(name, signature, defaults.toArray(),
                keywordOnly == 0 ? null : keywordDefaults.toArray());
    }

    private static List<String> splitParameters(String params) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < params.length(); i++) {
            char c = params.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')') {
                depth--;
            } else if (!inString && depth == 0 && c == ',') {
                out.add(params.substring(start, i));
                start = i + 1;
            }
        }
        out.add(params.substring(start));
        return out;
    }

    private static Object literal(String text, BuiltinTypes types) {
        switch (text) {
            case "None":
                return PNone.NONE;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "?":
                return Missing.INSTANCE;
            case "()":
                return new PTuple(types.tupleType, new Object[0]);
            default:
                break;
        }
        if (text.startsWith("'") && text.endsWith("'")) {
            return text.substring(1, text.length() - 1).replace("\\n", "\n");
        }
        if (text.contains(".") || text.contains("e")) {
            return Double.parseDouble(text);
        }
        return Long.parseLong(text);
    }
}
