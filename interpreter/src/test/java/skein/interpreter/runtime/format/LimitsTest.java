package skein.interpreter.runtime.format;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What CPython cannot be recorded doing: texts too long for a Java string (CPython raises
 * MemoryError or, given the memory, builds them), and the complex results of {@code **}.
 */
class LimitsTest {

    @Test
    void textsLongerThanJavaStringsFailBeforeAllocating() {
        assertThrows(OutOfMemoryError.class, () -> IntFormatter.format(1, "3000000000", "int", 0));
        assertThrows(OutOfMemoryError.class, () -> FloatFormatter.format(1.5, "09999999999,", "float"));
        assertThrows(OutOfMemoryError.class, () -> FloatFormatter.format(1.5, ".2147483647f", "float"));
        assertThrows(OutOfMemoryError.class, () -> StringFormatter.format("a", "^4000000000", "str"));
        PercentFormat star = PercentFormat.parse("%*d");
        assertThrows(OutOfMemoryError.class, () -> star.format(List.of(1L << 40, 1L), new StarOperands()));
    }

    @Test
    void negativeBaseToFractionalPowerIsLeftToComplexArithmetic() {
        assertThrows(IllegalArgumentException.class, () -> FloatArithmetic.pow(-8.0, 1.0 / 3));
    }

    /** Just enough of an object model for a tuple of ints. */
    private static final class StarOperands implements PercentOperands {
        @Override
        public List<?> tupleItems(Object operand) {
            return (List<?>) operand;
        }

        @Override
        public boolean isMapping(Object operand) {
            return false;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Number intValue(Object v) {
            return (Long) v;
        }

        @Override
        public Number toInteger(Object v, boolean indexOnly) {
            return (Long) v;
        }

        @Override
        public double toDouble(Object v) {
            return (Long) v;
        }

        @Override
        public String stringValue(Object v) {
            return null;
        }

        @Override
        public String str(Object v) {
            return v.toString();
        }

        @Override
        public String repr(Object v) {
            return v.toString();
        }

        @Override
        public String typeName(Object v) {
            return "int";
        }

        @Override
        public int intMaxStrDigits() {
            return IntText.DEFAULT_MAX_STR_DIGITS;
        }
    }
}
