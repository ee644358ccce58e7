package skein.stdlib.time;

import java.time.Duration;
import java.time.ZoneId;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The {@code time} module. Every reading of the current time and every sleep goes through the
 * process's {@link Clock}; calendar conversions and formatting are {@link CivilTime},
 * {@link Strftime} and {@link Strptime}.
 */
public final class TimeModule implements NativeModule {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Close to a Julian year: CPython samples the zone half of it apart to find both seasons. */
    private static final long YEAR_SECONDS = (365 * 24 + 6) * 3600L;
    private static final String[] ASCTIME_DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] ASCTIME_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};

    private PythonClass structTime;

    @Override
    public String name() {
        return "time";
    }

    @Override
    public void define(ModuleBuilder module) {
        structTime = StructTime.define(module);
        module.constant("_STRUCT_TM_ITEMS", (long) StructTime.ALL_FIELDS);
        module.function("time()", a -> seconds(SkeinContext.currentClock().epochNanos()));
        module.function("time_ns()", a -> SkeinContext.currentClock().epochNanos());
        module.function("monotonic()", a -> seconds(SkeinContext.currentClock().nanoTime()));
        module.function("monotonic_ns()", a -> SkeinContext.currentClock().nanoTime());
        module.function("perf_counter()", a -> seconds(SkeinContext.currentClock().nanoTime()));
        module.function("perf_counter_ns()", a -> SkeinContext.currentClock().nanoTime());
        module.function("process_time()", a -> seconds(processCpuNanos()));
        module.function("process_time_ns()", a -> processCpuNanos());
        module.function("sleep(secs, /)", a -> {
            SkeinContext.currentClock().sleep(TimeArguments.sleepNanos(a[0]));
            return PNone.NONE;
        });
        module.function("gmtime(seconds=None, /)", a -> StructTime.of(structTime, CivilTime.gmtime(timeT(a[0]))));
        module.function("localtime(seconds=None, /)", a -> StructTime.of(structTime, localtime(a[0])));
        module.function("mktime(t, /)", a ->
                (double) CivilTime.mktime(StructTime.fields(a[0], "mktime", structTime), LocalZone.current()));
        module.function("asctime(t=?, /)", a -> asctime(a[0] == Missing.INSTANCE ? localtime(PNone.NONE)
                : StructTime.fields(a[0], "asctime", structTime)));
        module.function("ctime(seconds=None, /)", a -> asctime(localtime(a[0])));
        module.function("strftime(format, t=?, /)", a -> {
            if (!(a[0] instanceof String format)) {
                throw PythonErrors.typeError("strftime() argument 1 must be str, not " + TypeOf.name(a[0]));
            }
            BrokenDownTime t = a[1] == Missing.INSTANCE ? localtime(PNone.NONE)
                    : StructTime.fields(a[1], "strftime", structTime);
            return Strftime.timeStrftime(format, t, LocalZone.current());
        });
        module.function("strptime(string, format=?, /)", a -> strptime(a[0], a[1]));
        module.function("get_clock_info(name, /)", a -> clockInfo(a[0]));
    }

    /** {@code timezone}, {@code altzone}, {@code daylight} and {@code tzname}, read from the process's zone. */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        ZoneId zone = LocalZone.current();
        long now = Math.floorDiv(context.clock().epochNanos(), NANOS_PER_SECOND);
        long january = now / YEAR_SECONDS * YEAR_SECONDS;
        BrokenDownTime first = CivilTime.localtime(january, zone);
        BrokenDownTime second = CivilTime.localtime(january + YEAR_SECONDS / 2, zone);
        long firstWest = -first.gmtoffSeconds();
        long secondWest = -second.gmtoffSeconds();
        // In the southern hemisphere the daylight-saving season is the one around January.
        boolean southern = firstWest < secondWest;
        BrokenDownTime standard = southern ? second : first;
        BrokenDownTime daylight = southern ? first : second;
        PDict globals = module.globals();
        globals.setItem("timezone", -standard.gmtoffSeconds());
        globals.setItem("altzone", -daylight.gmtoffSeconds());
        globals.setItem("daylight", firstWest != secondWest ? 1L : 0L);
        globals.setItem("tzname", new PTuple(context.types().tupleType,
                new Object[]{standard.zoneName(), daylight.zoneName()}));
    }

    /** Nanoseconds as float seconds, exact when they are whole seconds, as CPython converts them. */
    private static double seconds(long nanos) {
        if (nanos % NANOS_PER_SECOND == 0) {
            return (double) (nanos / NANOS_PER_SECOND);
        }
        return nanos / 1e9;
    }

    private static long processCpuNanos() {
        Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        return cpu.toNanos();
    }

    /** A seconds argument as C's {@code time_t}; None is the current time. */
    private static long timeT(Object seconds) {
        Long t = TimeArguments.timeT(seconds);
        return t != null ? t : Math.floorDiv(SkeinContext.currentClock().epochNanos(), NANOS_PER_SECOND);
    }

    private static BrokenDownTime localtime(Object seconds) {
        return CivilTime.localtime(timeT(seconds), LocalZone.current());
    }

    /** C's asctime: {@code "Sun Jan  5 03:04:05 2020"}, after strftime's range checks. */
    private static String asctime(BrokenDownTime t) {
        BrokenDownTime checked = Strftime.checked(t);
        return String.format("%s %s%3d %02d:%02d:%02d %d", ASCTIME_DAYS[checked.weekday()],
                ASCTIME_MONTHS[checked.month() - 1], checked.day(), checked.hour(), checked.minute(),
                checked.second(), checked.year());
    }

    private Object strptime(Object string, Object format) {
        Object fmt = format == Missing.INSTANCE ? Strptime.DEFAULT_FORMAT : format;
        if (!(string instanceof String data)) {
            throw PythonErrors.typeError("strptime() argument 0 must be str, not " + Reprs.repr(TypeOf.get(string)));
        }
        if (!(fmt instanceof String pattern)) {
            throw PythonErrors.typeError("strptime() argument 1 must be str, not " + Reprs.repr(TypeOf.get(fmt)));
        }
        PModule module = (PModule) SkeinContext.get(null).importSystem().importAbsolute("time");
        StrptimeResult r = Strptime.parse(data, pattern, tzname(module), isDaylight(module));
        BrokenDownTime fields = new BrokenDownTime(r.year(), r.month(), r.day(), r.hour(), r.minute(), r.second(),
                r.weekday(), r.yearday(), r.isdst(), 0, r.gmtoff() == null ? null : Duration.ofSeconds(r.gmtoff()),
                r.zoneName());
        return StructTime.of(structTime, fields);
    }

    /** The process's {@code time.tzname}, which {@code %Z} accepts. */
    public static String[] tzname(PModule timeModule) {
        Object names = timeModule.globals().getItem("tzname");
        if (names instanceof PTuple tuple && tuple.size() == 2 && tuple.get(0) instanceof String standard
                && tuple.get(1) instanceof String daylight) {
            return new String[]{standard, daylight};
        }
        return ZoneNames.tzname(LocalZone.current());
    }

    public static boolean isDaylight(PModule timeModule) {
        Object daylight = timeModule.globals().getItem("daylight");
        return daylight instanceof Long l && l != 0;
    }

    /** {@code get_clock_info(name)}: a {@code types.SimpleNamespace} describing the clock. */
    private static Object clockInfo(Object name) {
        if (!(name instanceof String clockName)) {
            throw PythonErrors.typeError("get_clock_info() argument 1 must be str, not " + TypeOf.name(name));
        }
        Object[] info = switch (clockName) {
            case "time" -> new Object[]{"java.time.Instant.now()", false, true};
            case "monotonic", "perf_counter" -> new Object[]{"java.lang.System.nanoTime()", true, false};
            case "process_time" -> new Object[]{"java.lang.ProcessHandle.Info.totalCpuDuration()", true, false};
            default -> throw PythonErrors.valueError("unknown clock");
        };
        Object types = SkeinContext.get(null).importSystem().importAbsolute("types");
        Object namespace = Attributes.get(types, "SimpleNamespace");
        return Calls.callWithKeywords(namespace, new Object[0],
                new String[]{"implementation", "monotonic", "adjustable", "resolution"},
                new Object[]{info[0], info[1], info[2], 1e-09});
    }
}
