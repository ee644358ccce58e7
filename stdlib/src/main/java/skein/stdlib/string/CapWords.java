package skein.stdlib.string;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.StrOps;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code string.capwords(s, sep=None)}: {@code (sep or ' ').join(w.capitalize() for w in
 * s.split(sep))}, with str.split's rules (runs of whitespace, ends stripped, when sep is None).
 */
final class CapWords {

    private CapWords() {
    }

    static String capwords(Object text, Object separator) {
        Object value = text instanceof PValueObject boxed ? boxed.value() : text;
        if (!(value instanceof String s)) {
            throw Attributes.noAttribute(text, "split");
        }
        if (separator != PNone.NONE && !(separator instanceof String)) {
            throw PythonErrors.typeError("must be str or None, not " + TypeOf.name(separator));
        }
        String sep = separator == PNone.NONE ? null : (String) separator;
        if (sep != null && sep.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        List<String> words = sep == null ? splitOnWhitespace(s) : List.of(s.split(Pattern.quote(sep), -1));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(sep == null ? " " : sep);
            }
            sb.append(capitalize(words.get(i)));
        }
        return sb.toString();
    }

    private static List<String> splitOnWhitespace(String s) {
        List<String> words = new ArrayList<>();
        int[] points = StrOps.codePoints(s);
        int i = 0;
        while (i < points.length) {
            while (i < points.length && isSpace(points[i])) {
                i++;
            }
            int start = i;
            while (i < points.length && !isSpace(points[i])) {
                i++;
            }
            if (i > start) {
                words.add(new String(points, start, i - start));
            }
        }
        return words;
    }

    /** str.isspace for one character: Unicode separators and the ASCII/C1 control whitespace. */
    static boolean isSpace(int c) {
        return Character.isSpaceChar(c) || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85;
    }

    /** str.capitalize: the first character in title case, the rest lower case. */
    private static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        String rest = word.substring(Character.charCount(first));
        return new String(Character.toChars(Character.toTitleCase(first))) + rest.toLowerCase(Locale.ROOT);
    }
}
