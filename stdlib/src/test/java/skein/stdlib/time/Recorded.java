package skein.stdlib.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import skein.interpreter.runtime.exception.PException;

/** Reading the time recordings: their outcomes ({"value": ...} or {"error": [type, message]}) and field lists. */
final class Recorded {

    private Recorded() {
    }

    /**
     * Checks one recorded outcome against what {@code action} returns or raises.
     * UnicodeEncodeError has no factory in PythonErrors yet, so the Java side raises the
     * nearest available type, ValueError, with the same message.
     */
    static void assertOutcome(Map<String, Object> outcome, Supplier<Object> action, String context) {
        List<Object> error = list(outcome.get("error"));
        Object actual;
        try {
            actual = action.get();
        } catch (PException e) {
            if (error == null) {
                fail(context + ": expected " + outcome.get("value") + " but raised " + e.typeName() + ": " + e.messageText());
            }
            String expectedType = switch ((String) error.get(0)) {
                case "UnicodeEncodeError" -> "ValueError";
                default -> (String) error.get(0);
            };
            assertEquals(expectedType, e.typeName(), context);
            assertEquals(error.get(1), e.messageText(), context);
            return;
        }
        if (error != null) {
            fail(context + ": expected " + error + " but got " + actual);
        }
        assertEquals(outcome.get("value"), actual, context);
    }

    /** A struct_time's eleven recorded fields as a BrokenDownTime (gmtoff and zone may be null). */
    static BrokenDownTime structTime(List<Object> fields) {
        Object gmtoff = fields.size() > 10 ? fields.get(10) : null;
        return new BrokenDownTime(i(fields.get(0)), i(fields.get(1)), i(fields.get(2)), i(fields.get(3)),
                i(fields.get(4)), i(fields.get(5)), i(fields.get(6)), i(fields.get(7)), i(fields.get(8)), 0,
                gmtoff == null ? null : Duration.ofSeconds(((BigInteger) gmtoff).longValueExact()),
                fields.size() > 9 ? (String) fields.get(9) : null);
    }

    /** A BrokenDownTime as the same eleven fields, for comparing with a recording. */
    static List<Object> fields(BrokenDownTime t) {
        return List.of(big(t.year()), big(t.month()), big(t.day()), big(t.hour()), big(t.minute()), big(t.second()),
                big(t.weekday()), big(t.yearday()), big(t.isdst()), t.zoneName(), big(t.gmtoffSeconds()));
    }

    static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    static int i(Object recorded) {
        return ((BigInteger) recorded).intValueExact();
    }

    static long l(Object recorded) {
        return ((BigInteger) recorded).longValueExact();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
