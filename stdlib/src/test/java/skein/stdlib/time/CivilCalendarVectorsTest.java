package skein.stdlib.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static skein.stdlib.time.Recorded.assertOutcome;
import static skein.stdlib.time.Recorded.big;
import static skein.stdlib.time.Recorded.i;
import static skein.stdlib.time.Recorded.l;
import static skein.stdlib.time.Recorded.list;
import static skein.stdlib.time.Recorded.map;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import skein.stdlib.testing.RecordedJson;

/** Replays {@code time/calendar.jsonl}: ISO weeks, ordinals, weekdays, year days and month lengths from datetime and calendar. */
class CivilCalendarVectorsTest {

    @TestFactory
    Stream<DynamicTest> everyRecordedDate() {
        return RecordedJson.readLines(CivilCalendarVectorsTest.class, "/time/calendar.jsonl").stream().map(line -> {
            Map<String, Object> c = map(line);
            String name = c.get("kind") + " " + c.getOrDefault("date", c.getOrDefault("args", c.getOrDefault("year", c.get("ordinal"))));
            return DynamicTest.dynamicTest(name, () -> replay(c, name));
        });
    }

    private static void replay(Map<String, Object> c, String name) {
        switch ((String) c.get("kind")) {
            case "date" -> {
                List<Object> date = list(c.get("date"));
                long year = l(date.get(0));
                int month = i(date.get(1));
                int day = i(date.get(2));
                IsoWeekDate iso = CivilCalendar.isoCalendar(year, month, day);
                assertEquals(c.get("isocalendar"), List.of(big(iso.year()), big(iso.week()), big(iso.weekday())), name);
                assertEquals(c.get("ordinal"), big(CivilCalendar.toOrdinal(year, month, day)), name);
                assertEquals(c.get("weekday"), big(CivilCalendar.weekday(year, month, day)), name);
                assertEquals(c.get("yday"), big(CivilCalendar.yearday(year, month, day)), name);
                assertEquals(new CivilDate(year, month, day), CivilCalendar.fromOrdinal(CivilCalendar.toOrdinal(year, month, day)));
            }
            case "fromisocalendar" -> {
                List<Object> args = list(c.get("args"));
                assertOutcome(c, () -> {
                    CivilDate date = CivilCalendar.fromIsoCalendar(l(args.get(0)), l(args.get(1)), l(args.get(2)));
                    return List.of(big(date.year()), big(date.month()), big(date.day()));
                }, name);
            }
            case "months" -> {
                long year = l(c.get("year"));
                assertEquals(c.get("isleap"), CivilCalendar.isLeap(year), name);
                List<Object> lengths = list(c.get("lengths"));
                for (int month = 1; month <= 12; month++) {
                    assertEquals(lengths.get(month - 1), big(CivilCalendar.daysInMonth(year, month)), name + " month " + month);
                }
            }
            case "fromordinal" -> {
                CivilDate date = CivilCalendar.fromOrdinal(l(c.get("ordinal")));
                assertEquals(c.get("date"), List.of(big(date.year()), big(date.month()), big(date.day())), name);
            }
            default -> throw new IllegalArgumentException("kind " + c.get("kind"));
        }
    }
}
