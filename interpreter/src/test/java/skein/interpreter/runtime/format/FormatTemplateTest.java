package skein.interpreter.runtime.format;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import skein.interpreter.runtime.exception.PException;

/**
 * {@link FormatTemplate} and {@link FieldName} against CPython's {@code _string.formatter_parser}
 * and {@code _string.formatter_field_name_split}, which {@code string.Formatter} is built on:
 * the pieces read before a fault, then the fault.
 */
class FormatTemplateTest {

    @Test
    void templatesAndFieldNamesSplitAsInCPython() {
        Vectors.check("format_template.txt", (c, v) -> {
            String input = c.field(1);
            String actual = c.field(0).equals("T") ? templatePieces(input) : fieldNameParts(input);
            v.expect(c, c.field(2), actual, c.field(0) + " " + input);
        });
    }

    private static String templatePieces(String template) {
        List<String> pieces = new ArrayList<>();
        FormatTemplate reader = new FormatTemplate(template);
        try {
            FormatTemplate.Chunk chunk;
            while ((chunk = reader.next()) != null) {
                FormatTemplate.Field field = chunk.field();
                if (field == null) {
                    pieces.add("(" + StringRepr.repr(chunk.literal()) + ", None, None, None)");
                } else {
                    String conversion = field.conversion() == FormatTemplate.NO_CONVERSION ? "None"
                            : StringRepr.repr(Character.toString(field.conversion()));
                    pieces.add("(" + StringRepr.repr(chunk.literal()) + ", " + StringRepr.repr(field.name()) + ", "
                            + StringRepr.repr(field.spec()) + ", " + conversion + ")");
                }
            }
        } catch (PException e) {
            pieces.add("!" + e.typeName() + ":" + e.messageText());
        }
        return String.join(" ", pieces);
    }

    private static String fieldNameParts(String name) {
        FieldName fieldName;
        try {
            fieldName = FieldName.parse(name);
        } catch (PException e) {
            return "!" + e.typeName() + ":" + e.messageText();
        }
        List<String> parts = new ArrayList<>();
        parts.add(fieldName.firstIndex() >= 0 ? Long.toString(fieldName.firstIndex()) : StringRepr.repr(fieldName.first()));
        try {
            FieldName.Accessor accessor;
            while ((accessor = fieldName.next()) != null) {
                String key = accessor.index() >= 0 ? Long.toString(accessor.index()) : StringRepr.repr(accessor.key());
                parts.add("(" + (accessor.attribute() ? "True" : "False") + ", " + key + ")");
            }
        } catch (PException e) {
            parts.add("!" + e.typeName() + ":" + e.messageText());
        }
        return String.join(" ", parts);
    }
}
