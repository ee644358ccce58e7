package skein.interpreter.runtime.format;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** {@code format(value, spec)} for int, bool, float and str. */
class FormatTest {

    @Test
    void intsMatchCPython() {
        Vectors.check("format_int.txt", (c, v) -> {
            String typeName = c.field(0);
            Number value = Vectors.parseInt(c.field(1));
            String spec = c.field(2);
            String actual = Vectors.outcome(() -> value instanceof BigInteger big
                    ? IntFormatter.format(big, spec, typeName, IntText.DEFAULT_MAX_STR_DIGITS)
                    : IntFormatter.format(value.longValue(), spec, typeName, IntText.DEFAULT_MAX_STR_DIGITS));
            v.expect(c, actual, "format(" + typeName + " " + c.field(1) + ", '" + spec + "')");
        });
    }

    @Test
    void floatsMatchCPython() {
        Vectors.check("format_float.txt", (c, v) -> {
            double x = Vectors.parseFloat(c.field(0));
            String spec = c.field(1);
            v.expect(c, Vectors.outcome(() -> FloatFormatter.format(x, spec, "float")),
                    "format(" + FloatRepr.repr(x) + ", '" + spec + "')");
        });
    }

    @Test
    void stringsMatchCPython() {
        Vectors.check("format_str.txt", (c, v) -> {
            String s = c.field(0);
            String spec = c.field(1);
            v.expect(c, Vectors.outcome(() -> StringFormatter.format(s, spec, "str")),
                    "format('" + s + "', '" + spec + "')");
        });
    }
}
