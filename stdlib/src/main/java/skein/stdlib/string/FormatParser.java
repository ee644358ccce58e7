package skein.stdlib.string;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The format-string grammar of str.format, as {@code string.Formatter} sees it: splitting a
 * string into (literal, field name, format spec, conversion) chunks, and a field name into its
 * first part and the attribute and index lookups that follow. Errors carry CPython's messages.
 */
final class FormatParser {

    private final String text;
    private int at;

    private FormatParser(String text) {
        this.text = text;
    }

    /** Every chunk of {@code text}: (literal, None, None, None) or (literal, name, spec, conversion or None). */
    static List<PTuple> parse(String text, PythonClass tupleType) {
        FormatParser parser = new FormatParser(text);
        List<PTuple> chunks = new ArrayList<>();
        while (parser.at < text.length()) {
            chunks.add(parser.nextChunk(tupleType));
        }
        return chunks;
    }

    private PTuple nextChunk(PythonClass tupleType) {
        int start = at;
        char brace = 0;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '{' || c == '}') {
                brace = c;
                break;
            }
        }
        boolean atEnd = at >= text.length();
        int literalEnd = at;
        if (brace == '}' && (atEnd || text.charAt(at) != '}')) {
            throw PythonErrors.valueError("Single '}' encountered in format string");
        }
        if (brace == '{' && atEnd) {
            throw PythonErrors.valueError("Single '{' encountered in format string");
        }
        boolean field = brace != 0;
        if (field) {
            if (text.charAt(at) == brace) {
                at++;
                field = false;
            } else {
                literalEnd--;
            }
        }
        String literal = text.substring(start, literalEnd);
        if (!field) {
            return new PTuple(tupleType, new Object[]{literal, PNone.NONE, PNone.NONE, PNone.NONE});
        }
        return parseField(literal, tupleType);
    }

    /** After a '{': the field name, then an optional !conversion and :spec, up to the matching '}'. */
    private PTuple parseField(String literal, PythonClass tupleType) {
        int nameStart = at;
        char c = 0;
        while (at < text.length()) {
            c = text.charAt(at++);
            if (c == '{') {
                throw PythonErrors.valueError("unexpected '{' in field name");
            } else if (c == '[') {
                while (at < text.length() && text.charAt(at) != ']') {
                    at++;
                }
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = text.substring(nameStart, Math.max(nameStart, at - 1));
        Object conversion = PNone.NONE;
        String spec = "";
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (at >= text.length()) {
                    throw PythonErrors.valueError("end of string while looking for conversion specifier");
                }
                conversion = String.valueOf(text.charAt(at++));
                if (at < text.length()) {
                    char after = text.charAt(at++);
                    if (after == '}') {
                        return new PTuple(tupleType, new Object[]{literal, name, spec, conversion});
                    }
                    if (after != ':') {
                        throw PythonErrors.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = at;
            int depth = 1;
            while (at < text.length()) {
                char s = text.charAt(at++);
                if (s == '{') {
                    depth++;
                } else if (s == '}' && --depth == 0) {
                    spec = text.substring(specStart, at - 1);
                    return new PTuple(tupleType, new Object[]{literal, name, spec, conversion});
                }
            }
            throw PythonErrors.valueError("unmatched '{' in format spec");
        } else if (c != '}') {
            throw PythonErrors.valueError("expected '}' before end of string");
        }
        return new PTuple(tupleType, new Object[]{literal, name, spec, conversion});
    }

    /**
     * {@code field_name_split(name)}: the part before the first '.' or '[' (an int if it is all
     * digits), and the list of (is_attribute, key) lookups after it.
     */
    static Object[] splitFieldName(String name, PythonClass tupleType) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        List<Object> rest = new ArrayList<>();
        while (i < name.length()) {
            char c = name.charAt(i++);
            String key;
            boolean attribute;
            if (c == '.') {
                attribute = true;
                int start = i;
                while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                key = name.substring(start, i);
            } else if (c == '[') {
                attribute = false;
                int close = name.indexOf(']', i);
                if (close < 0) {
                    throw PythonErrors.valueError("Missing ']' in format string");
                }
                key = name.substring(i, close);
                i = close + 1;
            } else {
                throw PythonErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (key.isEmpty()) {
                throw PythonErrors.valueError("Empty attribute in format string");
            }
            Object lookup = attribute ? key : integerOrText(key);
            rest.add(new PTuple(tupleType, new Object[]{attribute, lookup}));
        }
        return new Object[]{integerOrText(first), rest.toArray()};
    }

    /** All decimal digits (and not empty) reads as an int, as field names and indexes do. */
    private static Object integerOrText(String s) {
        if (s.isEmpty() || !s.codePoints().allMatch(Character::isDigit)) {
            return s;
        }
        StringBuilder digits = new StringBuilder();
        s.codePoints().forEach(cp -> digits.append(Character.digit(cp, 10)));
        BigInteger value = new BigInteger(digits.toString());
        if (value.bitLength() > 63) {
            throw PythonErrors.valueError("Too many decimal digits in format string");
        }
        return value.longValue();
    }
}
