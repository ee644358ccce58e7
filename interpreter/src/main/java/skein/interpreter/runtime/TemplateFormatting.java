package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PDict;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.FieldName;
import skein.interpreter.runtime.format.FormatTemplate;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: each replacement
 * field's object is looked up (argument, attributes, items), converted by {@code !r}, {@code !s}
 * or {@code !a}, and formatted by {@code format(value, spec)}, its spec first expanded when it
 * holds fields of its own (two levels deep at most).
 */
public final class TemplateFormatting {

    private static final int MAX_DEPTH = 2;

    private TemplateFormatting() {
    }

    /**
     * @param args the positional arguments, or null for {@code format_map}
     * @param keywords the keyword arguments or the mapping, or null when there are none
     */
    @TruffleBoundary
    public static String format(String template, Object[] args, Object keywords) {
        return render(template, args, keywords, MAX_DEPTH, new Numbering());
    }

    /** Automatic ({@code {}}) or manual ({@code {0}}) field numbering; one template may not mix them. */
    private static final class Numbering {
        private Boolean automatic;
        private long next;

        long index(boolean empty, long given) {
            if (automatic == null) {
                automatic = empty;
            } else if (automatic && !empty) {
                throw PythonErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            } else if (!automatic && empty) {
                throw PythonErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            return empty ? next++ : given;
        }
    }

    private static String render(String template, Object[] args, Object keywords, int depth, Numbering numbering) {
        if (depth <= 0) {
            throw PythonErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(template.length());
        FormatTemplate reader = new FormatTemplate(template);
        FormatTemplate.Chunk chunk;
        while ((chunk = reader.next()) != null) {
            out.append(chunk.literal());
            FormatTemplate.Field field = chunk.field();
            if (field == null) {
                continue;
            }
            Object value = lookUp(field.name(), args, keywords, numbering);
            if (field.conversion() != FormatTemplate.NO_CONVERSION) {
                value = convert(value, field.conversion());
            }
            String spec = field.specHasFields() ? render(field.spec(), args, keywords, depth - 1, numbering) : field.spec();
            out.append(Formatting.format(value, spec));
        }
        return out.toString();
    }

    private static Object lookUp(String name, Object[] args, Object keywords, Numbering numbering) {
        FieldName fieldName = FieldName.parse(name);
        boolean empty = fieldName.first().isEmpty();
        long index = fieldName.firstIndex();
        if (empty || index >= 0) {
            index = numbering.index(empty, index);
        }
        Object value;
        if (index < 0) {
            String key = fieldName.first();
            if (keywords == null) {
                throw PythonErrors.keyError(key);
            }
            if (keywords instanceof PDict dict && dict.getPythonClass() == SkeinLanguage.types().dictType) {
                value = dict.getItem(key);
                if (value == null) {
                    throw PythonErrors.keyError(key);
                }
            } else {
                value = Subscripts.getItem(keywords, key);
            }
        } else {
            if (args == null) {
                throw PythonErrors.valueError("Format string contains positional fields");
            }
            if (index >= args.length) {
                throw PythonErrors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            value = args[(int) index];
        }
        FieldName.Accessor accessor;
        while ((accessor = fieldName.next()) != null) {
            if (accessor.attribute()) {
                value = Attributes.get(value, accessor.key());
            } else if (accessor.index() < 0) {
                value = Subscripts.getItem(value, accessor.key());
            } else {
                value = Subscripts.getItem(value, accessor.index());
            }
        }
        return value;
    }

    private static Object convert(Object value, int conversion) {
        return switch (conversion) {
            case 'r' -> Reprs.repr(value);
            case 's' -> Reprs.str(value);
            case 'a' -> Formatting.ascii(value);
            default -> throw PythonErrors.valueError("Unknown conversion specifier " + (conversion > 32 && conversion < 127
                    ? String.valueOf((char) conversion) : "\\x" + Integer.toHexString(conversion)));
        };
    }
}
