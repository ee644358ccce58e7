package skein.stdlib.string;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What {@code string.Template} does with a template: substitution, safe substitution, listing
 * its identifiers and checking it. Placeholders are found by the class's pattern; its groups
 * say what each match is (escaped delimiter, named or braced identifier, invalid).
 */
final class Templates {

    private Templates() {
    }

    /** {@code substitute}/{@code safe_substitute}: keyword arguments take precedence over the mapping. */
    static String substitute(Object self, Object mapping, PDict keywords, boolean safe) {
        String template = template(self);
        Matcher m = pattern(self).compiled().matcher(template);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            last = m.end();
            String name = namedOrBraced(m);
            if (name != null) {
                Object value;
                try {
                    value = lookUp(name, mapping, keywords);
                } catch (PException e) {
                    if (!safe || !isKeyError(e)) {
                        throw e;
                    }
                    out.append(m.group());
                    continue;
                }
                out.append(Reprs.str(value));
            } else if (group(m, "escaped") != null) {
                out.append(Reprs.str(Attributes.get(self, "delimiter")));
            } else if (group(m, "invalid") != null) {
                if (!safe) {
                    throw invalidPlaceholder(template, m.start("invalid"));
                }
                out.append(m.group());
            } else {
                throw unrecognizedGroup(self);
            }
        }
        return out.append(template.substring(last)).toString();
    }

    /** {@code get_identifiers()}: the named and braced identifiers, each once, in order. */
    static PList identifiers(Object self) {
        String template = template(self);
        Matcher m = pattern(self).compiled().matcher(template);
        List<Object> names = new ArrayList<>();
        while (m.find()) {
            String name = namedOrBraced(m);
            if (name != null) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            } else if (group(m, "invalid") == null && group(m, "escaped") == null) {
                throw unrecognizedGroup(self);
            }
        }
        return new PList(SkeinLanguage.types().listType, names.toArray());
    }

    /** {@code is_valid()}: no invalid placeholder. */
    static boolean isValid(Object self) {
        Matcher m = pattern(self).compiled().matcher(template(self));
        while (m.find()) {
            if (group(m, "invalid") != null) {
                return false;
            }
            if (group(m, "named") == null && group(m, "braced") == null && group(m, "escaped") == null) {
                throw unrecognizedGroup(self);
            }
        }
        return true;
    }

    private static Object lookUp(String name, Object mapping, PDict keywords) {
        if (keywords.size() > 0) {
            Object value = keywords.getItem(name);
            if (value != null) {
                return value;
            }
            if (mapping == Missing.INSTANCE) {
                throw PythonErrors.keyError(name);
            }
            try {
                return Subscripts.getItem(mapping, name);
            } catch (PException e) {
                if (isKeyError(e)) {
                    throw PythonErrors.keyError(name);
                }
                throw e;
            }
        }
        if (mapping == Missing.INSTANCE) {
            throw PythonErrors.keyError(name);
        }
        return Subscripts.getItem(mapping, name);
    }

    private static boolean isKeyError(PException e) {
        return e.pythonClass().isSubclassOf(SkeinLanguage.types().keyError);
    }

    private static String template(Object self) {
        Object template = Attributes.get(self, "template");
        if (!(template instanceof String s)) {
            throw PythonErrors.typeError("expected string or bytes-like object, got '" + TypeOf.name(template) + "'");
        }
        return s;
    }

    private static TemplatePattern pattern(Object self) {
        Object pattern = Attributes.get(self, "pattern");
        if (!(pattern instanceof TemplatePattern compiled)) {
            throw PythonErrors.typeError("Template pattern must be compiled by its class, not " + TypeOf.name(pattern));
        }
        return compiled;
    }

    /** The text of a group, null if it took no part in the match; IndexError if the pattern lacks it. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            throw PythonErrors.indexError("no such group");
        }
    }

    /**
     * {@code mo.group('named') or mo.group('braced')}: an empty match counts as absent, and the
     * braced group is only asked for (so only required of the pattern) when named gives nothing.
     */
    private static String namedOrBraced(Matcher m) {
        String named = group(m, "named");
        return named != null && !named.isEmpty() ? named : group(m, "braced");
    }

    private static PException unrecognizedGroup(Object self) {
        return PythonErrors.createWithArgs(SkeinLanguage.types().valueError, "Unrecognized named group in pattern",
                Attributes.get(self, "pattern"));
    }

    /**
     * Line and column as CPython counts them: the text up to the invalid group, split into lines
     * keeping their ends; the line is how many there are, the column the offset into the last.
     */
    private static PException invalidPlaceholder(String template, int index) {
        List<Integer> lineLengths = lineLengths(template.substring(0, index));
        int line = Math.max(1, lineLengths.size());
        int column = 1;
        if (!lineLengths.isEmpty()) {
            column = lineLengths.get(lineLengths.size() - 1);
        }
        return PythonErrors.valueError("Invalid placeholder in string: line " + line + ", col " + column);
    }

    /** The lengths, in code points, of {@code text.splitlines(keepends=True)}. */
    private static List<Integer> lineLengths(String text) {
        List<Integer> lengths = new ArrayList<>();
        int length = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            length++;
            if (isLineBreak(c)) {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                    length++;
                }
                lengths.add(length);
                length = 0;
            }
        }
        if (length > 0) {
            lengths.add(length);
        }
        return lengths;
    }

    /** The line boundaries of str.splitlines. */
    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }
}
