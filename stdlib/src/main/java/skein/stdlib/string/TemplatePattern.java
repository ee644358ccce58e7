package skein.stdlib.string;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The compiled {@code pattern} of a {@code string.Template} class. Skein has no {@code re}
 * module, so the pattern (written in Python's regex syntax, built from the class's delimiter,
 * idpattern, braceidpattern and flags, or given as the class's own pattern string) is translated
 * to a Java regex: named groups, {@code (?a:...)} and literal braces are rewritten; the rest of
 * the syntax used by template patterns is common to both.
 */
final class TemplatePattern extends PythonObject {

    /** Python's re flag values. */
    static final long IGNORECASE = 2;
    private static final long MULTILINE = 8;
    private static final long DOTALL = 16;
    private static final long VERBOSE = 64;
    private static final long ASCII = 256;

    private final String source;
    private final long flags;
    private final Pattern compiled;

    private TemplatePattern(PythonClass cls, String source, long flags) {
        super(cls);
        this.source = source;
        this.flags = flags;
        try {
            this.compiled = Pattern.compile(toJava(source), javaFlags(source, flags));
        } catch (PatternSyntaxException e) {
            throw PythonErrors.valueError("invalid Template pattern: " + e.getDescription());
        }
    }

    /** What {@code Template.__init_subclass__} compiles for {@code cls}. */
    static Object forClass(PythonClass cls, PythonClass patternType) {
        Object own = cls.getNamespace().getItem("pattern");
        if (own instanceof TemplatePattern given) {
            return given;
        }
        long flags = Numbers.indexAsLong(Attributes.get(cls, "flags")) | VERBOSE;
        if (own instanceof String source) {
            return new TemplatePattern(patternType, source, flags);
        }
        if (own != null) {
            throw PythonErrors.typeError("Template pattern must be a str, not " + TypeOf.name(own));
        }
        return new TemplatePattern(patternType, build(Attributes.get(cls, "delimiter"), Attributes.get(cls, "idpattern"),
                Attributes.get(cls, "braceidpattern")), flags);
    }

    /** The pattern of the base Template class. */
    static TemplatePattern standard(PythonClass patternType, String delimiter, String idpattern) {
        return new TemplatePattern(patternType, build(delimiter, idpattern, PNone.NONE), IGNORECASE | VERBOSE);
    }

    private static String build(Object delimiter, Object idpattern, Object braceIdpattern) {
        String delim = escape(text(delimiter, "delimiter"));
        String id = text(idpattern, "idpattern");
        String braced = braceIdpattern == PNone.NONE || braceIdpattern == null ? id : text(braceIdpattern, "braceidpattern");
        return delim + "(?:(?P<escaped>" + delim + ")|(?P<named>" + id + ")|{(?P<braced>" + braced + ")}|(?P<invalid>))";
    }

    private static String text(Object value, String what) {
        if (!(value instanceof String s)) {
            throw PythonErrors.typeError("Template " + what + " must be a str, not " + TypeOf.name(value));
        }
        return s;
    }

    /** re.escape: a backslash before every character that is special in a regex. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Rewrites the Python-only parts of the syntax: (?P<name>, (?P=name), (?a:, \Z, literal braces. */
    static String toJava(String python) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean inClass = false;
        while (i < python.length()) {
            char c = python.charAt(i);
            if (c == '\\' && i + 1 < python.length()) {
                char next = python.charAt(i + 1);
                out.append(next == 'Z' && !inClass ? "\\z" : python.substring(i, i + 2));
                i += 2;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                out.append(c);
                i++;
            } else if (c == '[') {
                inClass = true;
                out.append(c);
                i++;
                if (i < python.length() && python.charAt(i) == ']') {
                    out.append("\\]");
                    i++;
                }
            } else if (python.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 4;
            } else if (python.startsWith("(?P=", i)) {
                int close = python.indexOf(')', i);
                out.append("\\k<").append(python, i + 4, close).append('>');
                i = close + 1;
            } else if (python.startsWith("(?a:", i)) {
                out.append("(?:");
                i += 4;
            } else if (python.startsWith("(?a)", i)) {
                i += 4;
            } else if (c == '{' && !python.substring(i).matches("(?s)\\{\\d+(,\\d*)?}.*")) {
                out.append("\\{");
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int javaFlags(String source, long flags) {
        int java = 0;
        if ((flags & IGNORECASE) != 0) {
            boolean ascii = (flags & ASCII) != 0 || source.contains("(?a");
            java |= ascii ? Pattern.CASE_INSENSITIVE : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if ((flags & MULTILINE) != 0) {
            java |= Pattern.MULTILINE;
        }
        if ((flags & DOTALL) != 0) {
            java |= Pattern.DOTALL;
        }
        if ((flags & VERBOSE) != 0) {
            java |= Pattern.COMMENTS;
        }
        return java;
    }

    Pattern compiled() {
        return compiled;
    }

    String source() {
        return source;
    }

    long flags() {
        return flags;
    }
}
