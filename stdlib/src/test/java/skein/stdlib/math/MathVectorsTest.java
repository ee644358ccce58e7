package skein.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.exception.PException;
import skein.stdlib.testing.RecordedJson;

/**
 * Replays {@code math/vectors.jsonl}, recorded from CPython 3.11 by {@code record.py}, through
 * the module's function objects: the same errors always; the same float bit for bit, except for
 * the functions whose CPython result comes from the C library with an accuracy Java does not
 * reproduce exactly, which must stay within a few units in the last place.
 */
class MathVectorsTest {

    /** Functions whose results may differ from glibc's in the last bits, with the ulps allowed. */
    private static final Map<String, Integer> NEAR = Map.ofEntries(
            Map.entry("exp", 1), Map.entry("exp2", 1), Map.entry("expm1", 1), Map.entry("log10", 1),
            Map.entry("log1p", 1), Map.entry("sin", 1), Map.entry("cos", 1), Map.entry("tan", 2),
            Map.entry("asin", 1), Map.entry("acos", 1), Map.entry("atan", 1), Map.entry("atan2", 1),
            Map.entry("sinh", 2), Map.entry("cosh", 2), Map.entry("tanh", 2), Map.entry("asinh", 2),
            Map.entry("acosh", 2), Map.entry("atanh", 2), Map.entry("cbrt", 2), Map.entry("pow", 1),
            Map.entry("erf", 8), Map.entry("erfc", 8), Map.entry("gamma", 8), Map.entry("lgamma", 8));

    /**
     * lgamma crosses zero at 1, 2 and between the negative integers, where any implementation
     * loses relative accuracy: its error is measured against the ulp of max(|result|, 1).
     */
    private static final String UNIT_SCALED = "lgamma";

    /** Functions where Java agrees with glibc on nearly every argument: their misses must stay rare. */
    private static final Set<String> MOSTLY_EXACT = Set.of("exp", "exp2", "sin", "cos", "pow", "atan", "atan2", "asin", "acos");

    private static final List<Object> CASES = RecordedJson.readLines(MathVectorsTest.class, "/math/vectors.jsonl");

    @TestFactory
    Stream<DynamicTest> everyRecordedCall() {
        return CASES.stream().map(c -> {
            Map<String, Object> recorded = map(c);
            String name = recorded.get("f") + " " + recorded.get("args");
            return DynamicTest.dynamicTest(name, () -> replay(recorded));
        });
    }

    @Test
    void libmDependentResultsAreMostlyExact() {
        int total = 0;
        int exact = 0;
        for (Object c : CASES) {
            Map<String, Object> recorded = map(c);
            if (!MOSTLY_EXACT.contains((String) recorded.get("f")) || !recorded.containsKey("result")) {
                continue;
            }
            Object actual = call(recorded);
            total++;
            if (actual instanceof Double d && Double.doubleToLongBits(d) == Double.doubleToLongBits(
                    (Double) decode(recorded.get("result")))) {
                exact++;
            }
        }
        assertTrue(total > 500, "too few values: " + total);
        assertTrue(exact >= total * 0.97, exact + " of " + total + " match exactly");
    }

    private static void replay(Map<String, Object> recorded) {
        String function = (String) recorded.get("f");
        if (recorded.containsKey("error")) {
            try {
                Object result = call(recorded);
                fail("expected " + recorded.get("error") + ", got " + result);
            } catch (PException e) {
                assertEquals(recorded.get("error"), e.typeName());
                assertEquals(recorded.get("message"), e.messageText());
            }
            return;
        }
        Object expected = decode(recorded.get("result"));
        Object actual = call(recorded);
        assertMatches(expected, actual, NEAR.getOrDefault(function, 0), function.equals(UNIT_SCALED));
    }

    private static void assertMatches(Object expected, Object actual, int ulps, boolean unitScaled) {
        if (expected instanceof Double e) {
            assertTrue(actual instanceof Double, "expected a float, got " + actual);
            double a = (Double) actual;
            if (Double.doubleToLongBits(e) == Double.doubleToLongBits(a)) {
                return;
            }
            double scale = unitScaled ? Math.max(Math.abs(e), 1.0) : e;
            boolean close = ulps > 0 && Double.isFinite(e) && Double.isFinite(a) && e != 0
                    && Math.signum(e) == Math.signum(a) && Math.abs(a - e) <= ulps * Math.ulp(scale);
            assertTrue(close, "expected " + e + " (" + Double.toHexString(e) + "), got " + a + " ("
                    + Double.toHexString(a) + ")");
        } else if (expected instanceof PTuple e) {
            assertTrue(actual instanceof PTuple, "expected a tuple, got " + actual);
            Object[] items = ((PTuple) actual).items();
            assertEquals(e.size(), items.length);
            for (int i = 0; i < items.length; i++) {
                assertMatches(e.get(i), items[i], ulps, unitScaled);
            }
        } else {
            assertEquals(expected, actual);
        }
    }

    private static Object call(Map<String, Object> recorded) {
        Object function = SkeinLanguage.get(null).setup().nativeModule("math").members().get(recorded.get("f"));
        List<Object> args = list(recorded.get("args"));
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = decode(args.get(i));
        }
        return Calls.call(function, values);
    }

    /** The Python value a recording stands for: see record.py for the encoding. */
    private static Object decode(Object recorded) {
        if (recorded instanceof BigInteger big) {
            return IntOps.normalize(big);
        }
        if (recorded instanceof Map<?, ?> m) {
            if (m.containsKey("float")) {
                return parseHexFloat((String) m.get("float"));
            }
            List<Object> items = list(m.containsKey("tuple") ? m.get("tuple") : m.get("list"));
            Object[] values = items.stream().map(MathVectorsTest::decode).toArray();
            var types = SkeinLanguage.types();
            return m.containsKey("tuple") ? new PTuple(types.tupleType, values) : new PList(types.listType, values);
        }
        return recorded;
    }

    private static double parseHexFloat(String hex) {
        return switch (hex) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(hex);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
