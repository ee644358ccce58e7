package skein.stdlib.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static skein.stdlib.time.Recorded.list;
import static skein.stdlib.time.Recorded.map;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import skein.interpreter.runtime.exception.PException;
import skein.stdlib.testing.RecordedJson;

/**
 * Replays {@code time/strptime.jsonl}, recorded by {@code record_strptime.py} from CPython
 * 3.11's {@code _strptime} in UTC: fixed cases for every directive and rule, and formats of
 * random datetimes read back.
 */
class StrptimeVectorsTest {

    private static final String[] UTC_NAMES = {"UTC", "UTC"};

    @TestFactory
    Stream<DynamicTest> everyRecordedParse() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object line : RecordedJson.readLines(StrptimeVectorsTest.class, "/time/strptime.jsonl")) {
            Map<String, Object> c = map(line);
            String data = (String) c.get("data");
            String format = c.get("format") == null ? Strptime.DEFAULT_FORMAT : (String) c.get("format");
            String name = "strptime(" + data + ", " + format + ")";
            tests.add(DynamicTest.dynamicTest(name, () -> replay(c, data, format, name)));
        }
        return tests.stream();
    }

    private static void replay(Map<String, Object> c, String data, String format, String name) {
        List<Object> error = list(c.get("error"));
        StrptimeResult result;
        try {
            result = Strptime.parse(data, format, UTC_NAMES, false);
        } catch (PException e) {
            if (error == null) {
                fail(name + ": expected " + c.get("value") + " but raised " + e.typeName() + ": " + e.messageText());
            }
            if (error.get(0).equals("error")) {
                // re.error: Java cannot raise it without an re module; the message names the same group.
                assertEquals("ValueError", e.typeName(), name);
                String group = ((String) error.get(1)).split(" as group")[0];
                assertTrue(e.messageText().startsWith(group), name + ": " + e.messageText());
                return;
            }
            assertEquals(error.get(0), e.typeName(), name);
            assertEquals(error.get(1), e.messageText(), name);
            return;
        }
        if (error != null) {
            fail(name + ": expected " + error + " but got " + result);
        }
        List<Object> actual = Arrays.asList(big(result.year()), big(result.month()), big(result.day()),
                big(result.hour()), big(result.minute()), big(result.second()), big(result.weekday()),
                big(result.yearday()), big(result.isdst()), result.zoneName(),
                result.gmtoff() == null ? null : big(result.gmtoff()), big(result.fraction()),
                big(result.gmtoffFraction()));
        assertEquals(list(c.get("value")), actual, name);
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
