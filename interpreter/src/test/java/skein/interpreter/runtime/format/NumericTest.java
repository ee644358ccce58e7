package skein.interpreter.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** Rounding, float arithmetic, int-to-float conversion, hashing and int texts. */
class NumericTest {

    @Test
    void roundingMatchesCPython() {
        Vectors.check("round.txt", (c, v) -> {
            switch (c.field(0)) {
                case "F" -> {
                    double x = Vectors.parseFloat(c.field(1));
                    long n = Long.parseLong(c.field(2));
                    v.expect(c, Vectors.outcome(() -> Vectors.floatText(FloatRounding.round(x, n))),
                            "round(" + c.field(1) + ", " + n + ")");
                }
                case "R" -> v.expect(c, Vectors.outcome(() -> Vectors.intText(
                        FloatRounding.round(Vectors.parseFloat(c.field(1))))), "round(" + c.field(1) + ")");
                case "T" -> v.expect(c, Vectors.outcome(() -> Vectors.intText(
                        FloatRounding.truncate(Vectors.parseFloat(c.field(1))))), "int(" + c.field(1) + ")");
                default -> {
                    Number i = Vectors.parseInt(c.field(1));
                    long n = Long.parseLong(c.field(2));
                    v.expect(c, Vectors.outcome(() -> Vectors.intText(i instanceof BigInteger big
                            ? IntRounding.round(big, n) : IntRounding.round(i.longValue(), n))),
                            "round(" + c.field(1) + ", " + n + ")");
                }
            }
        });
    }

    @Test
    void floatArithmeticMatchesCPython() {
        Vectors.check("float_arith.txt", (c, v) -> {
            String op = c.field(0);
            double a = Vectors.parseFloat(c.field(1));
            double b = Vectors.parseFloat(c.field(2));
            String actual = Vectors.outcome(() -> switch (op) {
                case "/" -> Vectors.floatText(FloatArithmetic.trueDivide(a, b));
                case "//" -> Vectors.floatText(FloatArithmetic.floorDivide(a, b));
                case "%" -> Vectors.floatText(FloatArithmetic.modulo(a, b));
                case "divmod" -> {
                    FloatArithmetic.DivMod result = FloatArithmetic.divmod(a, b);
                    yield Vectors.floatText(result.quotient()) + "," + Vectors.floatText(result.remainder());
                }
                default -> FloatArithmetic.powIsComplex(a, b) ? "complex" : Vectors.floatText(FloatArithmetic.pow(a, b));
            });
            v.expect(c, actual, c.field(1) + " " + op + " " + c.field(2));
        });
    }

    @Test
    void intToFloatMatchesCPython() {
        Vectors.check("int_float.txt", (c, v) -> {
            if (c.field(0).equals("float")) {
                BigInteger i = new BigInteger(c.field(1));
                v.expect(c, Vectors.outcome(() -> Vectors.floatText(IntToFloat.convert(i))), "float(" + i + ")");
            } else {
                Number a = Vectors.parseInt(c.field(1));
                Number b = Vectors.parseInt(c.field(2));
                String actual = Vectors.outcome(() -> Vectors.floatText(a instanceof Long x && b instanceof Long y
                        ? IntToFloat.trueDivide(x, y)
                        : IntToFloat.trueDivide(new BigInteger(c.field(1)), new BigInteger(c.field(2)))));
                v.expect(c, actual, c.field(1) + " / " + c.field(2));
            }
        });
    }

    @Test
    void hashesMatchCPython() {
        Vectors.check("hash.txt", (c, v) -> {
            String actual;
            if (c.field(0).equals("int")) {
                Number i = Vectors.parseInt(c.field(1));
                actual = Long.toString(i instanceof BigInteger big ? NumericHash.hash(big) : NumericHash.hash(i.longValue()));
            } else {
                actual = Long.toString(NumericHash.hash(Vectors.parseFloat(c.field(1)), 0));
            }
            v.expect(c, c.field(2), actual, "hash(" + c.field(1) + ")");
        });
    }

    /** CPython 3.11 hashes a NaN by the float object's identity, which the caller supplies. */
    @Test
    void nanHashesByIdentity() {
        assertEquals(12345, NumericHash.hash(Double.NaN, 12345));
        assertEquals(-2, NumericHash.hash(Double.NaN, -1));
    }

    @Test
    void intTextsMatchCPython() {
        Vectors.check("int_text.txt", (c, v) -> {
            BigInteger i = new BigInteger(c.field(0));
            boolean small = i.bitLength() < 64;
            long l = i.longValue();
            v.expect(c, c.field(1), Vectors.outcome(() -> small ? IntText.decimal(l)
                    : IntText.decimal(i, IntText.DEFAULT_MAX_STR_DIGITS)), "str(" + c.field(0) + ")");
            v.expect(c, c.field(2), Vectors.outcome(() -> small ? IntText.hex(l) : IntText.hex(i)), "hex");
            v.expect(c, c.field(3), Vectors.outcome(() -> small ? IntText.oct(l) : IntText.oct(i)), "oct");
            v.expect(c, c.field(4), Vectors.outcome(() -> small ? IntText.bin(l) : IntText.bin(i)), "bin");
        });
    }
}
