package skein.interpreter.runtime.format;

import org.junit.jupiter.api.Test;

class FloatReprTest {

    @Test
    void reprMatchesCPython() {
        Vectors.check("float_repr.txt", (c, v) -> {
            double x = Vectors.parseFloat(c.field(0));
            v.expect(c, c.field(1), FloatRepr.repr(x), "repr(" + c.field(0) + ")");
        });
    }
}
