package skein.interpreter.runtime.format;

import org.junit.jupiter.api.Test;

class StringReprTest {

    @Test
    void reprAndAsciiMatchCPython() {
        Vectors.check("str_repr.txt", (c, v) -> {
            String text = c.field(0);
            v.expect(c, c.field(1), StringRepr.repr(text), "repr of line's text");
            v.expect(c, c.field(2), StringRepr.ascii(text), "ascii of line's text");
        });
    }

    /**
     * Every code point's class, except those unassigned in CPython's Unicode version: Java's
     * newer Unicode may have assigned them since.
     */
    @Test
    void characterClassesMatchCPython() {
        Vectors.check("unicode_props.txt", (c, v) -> {
            if (c.field(5).equals("0")) {
                return;
            }
            int first = Integer.parseInt(c.field(0), 16);
            int last = Integer.parseInt(c.field(1), 16);
            String expected = c.field(2) + " " + c.field(3) + " " + c.field(4);
            for (int cp = first; cp <= last; cp++) {
                String actual = (PythonCharacters.isSpace(cp) ? "1" : "0") + " "
                        + (PythonCharacters.isPrintable(cp) ? "1" : "0") + " " + PythonCharacters.decimalValue(cp);
                v.expect(c, expected, actual, "U+" + Integer.toHexString(cp) + " isspace isprintable decimal");
            }
        });
    }
}
