package skein.stdlib.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static skein.stdlib.time.Recorded.assertOutcome;
import static skein.stdlib.time.Recorded.l;
import static skein.stdlib.time.Recorded.list;
import static skein.stdlib.time.Recorded.map;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import skein.stdlib.testing.RecordedJson;

/**
 * Replays {@code time/civil_time.jsonl}: gmtime over 64-bit seconds (and floats), and, per
 * zone the recorder ran a child process in, tzname, localtime, mktime with each DST hint,
 * and strftime of plain tuples (which read %Z, %z and %s from the zone).
 */
class CivilTimeVectorsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @TestFactory
    Stream<DynamicTest> everyRecordedConversion() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object line : RecordedJson.readLines(CivilTimeVectorsTest.class, "/time/civil_time.jsonl")) {
            Map<String, Object> c = map(line);
            ZoneId zone = c.containsKey("zone") ? ZoneId.of((String) c.get("zone")) : UTC;
            String name = c.get("kind") + " " + c.get("t") + c.getOrDefault("tuple", "") + " in " + zone;
            tests.add(DynamicTest.dynamicTest(name, () -> replay(c, zone, name)));
        }
        return tests.stream();
    }

    private static void replay(Map<String, Object> c, ZoneId zone, String name) {
        switch ((String) c.get("kind")) {
            case "gmtime" -> assertOutcome(c, () -> Recorded.fields(CivilTime.gmtime(l(c.get("t")))), name);
            case "gmtime_float" -> assertOutcome(c,
                    () -> Recorded.fields(CivilTime.gmtime(CivilTime.toTimeT((Double) c.get("t")))), name);
            case "tzname" -> assertEquals(c.get("value"), List.of(ZoneNames.tzname(zone)), name);
            case "localtime" -> assertOutcome(c, () -> Recorded.fields(CivilTime.localtime(l(c.get("t")), zone)), name);
            case "mktime" -> {
                BrokenDownTime tm = Recorded.structTime(list(c.get("tuple")));
                assertOutcome(c, () -> (double) CivilTime.mktime(tm, zone), name);
                if (zone.equals(UTC) && c.containsKey("value") && tm.isdst() <= 0) {
                    assertEquals(c.get("value"), (double) CivilTime.timegm(tm), "timegm " + name);
                }
            }
            case "local_strftime" -> {
                BrokenDownTime tm = Recorded.structTime(list(c.get("tuple")));
                assertOutcome(c, () -> Strftime.timeStrftime((String) c.get("format"), tm, zone), name);
            }
            default -> throw new IllegalArgumentException("kind " + c.get("kind"));
        }
    }
}
