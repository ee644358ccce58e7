package skein.stdlib.time;

import static skein.stdlib.time.Recorded.assertOutcome;
import static skein.stdlib.time.Recorded.i;
import static skein.stdlib.time.Recorded.l;
import static skein.stdlib.time.Recorded.list;
import static skein.stdlib.time.Recorded.map;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import skein.stdlib.testing.RecordedJson;

/**
 * Replays {@code time/strftime.jsonl}, recorded by {@code record.py} from CPython 3.11 on
 * glibc with TZ=UTC: time.strftime over a grid of flags, widths, modifiers and conversions,
 * over tuples with odd fields, and datetime.strftime with and without tzinfo.
 */
class StrftimeVectorsTest {

    /** The recorder's process zone, passed explicitly rather than taken from this machine. */
    private static final ZoneId RECORDED_ZONE = ZoneId.of("UTC");

    @TestFactory
    Stream<DynamicTest> everyRecordedFormat() {
        List<Object> lines = RecordedJson.readLines(StrftimeVectorsTest.class, "/time/strftime.jsonl");
        Map<String, List<Object>> formatLists = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Object line : lines) {
            Map<String, Object> c = map(line);
            switch ((String) c.get("kind")) {
                case "format_list" -> formatLists.put((String) c.get("name"), list(c.get("formats")));
                case "time_strftime" -> {
                    BrokenDownTime tm = Recorded.structTime(list(c.get("tm")));
                    List<Object> formats = formatLists.get((String) c.get("list"));
                    List<Object> outcomes = list(c.get("out"));
                    for (int k = 0; k < formats.size(); k++) {
                        String format = (String) formats.get(k);
                        Map<String, Object> outcome = map(outcomes.get(k));
                        String name = "time.strftime(" + quoted(format) + ", " + c.get("tm") + ")";
                        tests.add(DynamicTest.dynamicTest(name, () -> assertOutcome(outcome,
                                () -> Strftime.timeStrftime(format, tm, RECORDED_ZONE), name)));
                    }
                }
                case "tuple_strftime" -> {
                    List<Object> fields = new ArrayList<>(list(c.get("tuple")));
                    fields.add(c.get("zone"));
                    fields.add(c.get("gmtoff"));
                    BrokenDownTime tm = Recorded.structTime(fields);
                    String format = (String) c.get("format");
                    String name = "time.strftime(" + quoted(format) + ", " + fields + ")";
                    tests.add(DynamicTest.dynamicTest(name, () -> assertOutcome(c,
                            () -> Strftime.timeStrftime(format, tm, RECORDED_ZONE), name)));
                }
                case "datetime_strftime" -> {
                    BrokenDownTime fields = datetimeFields(c);
                    List<Object> formats = list(c.get("formats"));
                    List<Object> outcomes = list(c.get("out"));
                    for (int k = 0; k < formats.size(); k++) {
                        String format = (String) formats.get(k);
                        Map<String, Object> outcome = map(outcomes.get(k));
                        String name = "datetime.strftime(" + quoted(format) + ") of " + fields;
                        tests.add(DynamicTest.dynamicTest(name, () -> assertOutcome(outcome,
                                () -> Strftime.datetimeStrftime(format, fields, RECORDED_ZONE), name)));
                    }
                }
                default -> throw new IllegalArgumentException("kind " + c.get("kind"));
            }
        }
        return tests.stream();
    }

    /** The timetuple, microsecond, utcoffset() and tzname() the recorder took from the object. */
    private static BrokenDownTime datetimeFields(Map<String, Object> c) {
        List<Object> f = list(c.get("fields"));
        List<Object> delta = list(c.get("utcoffset"));
        Duration offset = delta == null ? null
                : Duration.ofDays(l(delta.get(0))).plusSeconds(l(delta.get(1))).plusNanos(l(delta.get(2)) * 1000);
        return new BrokenDownTime(i(f.get(0)), i(f.get(1)), i(f.get(2)), i(f.get(3)), i(f.get(4)), i(f.get(5)),
                i(f.get(6)), i(f.get(7)), i(f.get(8)), i(f.get(9)), offset, (String) c.get("tzname"));
    }

    private static String quoted(String format) {
        StringBuilder out = new StringBuilder("'");
        format.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append("'").toString();
    }
}
