package skein.interpreter.runtime.format;

import org.junit.jupiter.api.Test;

/** {@code int(str, base)} and {@code float(str)}. */
class ParserTest {

    @Test
    void intMatchesCPython() {
        Vectors.check("int_parse.txt", (c, v) -> {
            String text = c.field(0);
            int base = Integer.parseInt(c.field(1));
            v.expect(c, Vectors.outcome(() -> Vectors.intText(IntParser.parse(text, base, IntText.DEFAULT_MAX_STR_DIGITS))),
                    "int(" + StringRepr.repr(text) + ", " + base + ")");
        });
    }

    @Test
    void floatMatchesCPython() {
        Vectors.check("float_parse.txt", (c, v) -> {
            String text = c.field(0);
            v.expect(c, Vectors.outcome(() -> Vectors.floatText(FloatParser.parse(text))),
                    "float(" + StringRepr.repr(text) + ")");
        });
    }
}
