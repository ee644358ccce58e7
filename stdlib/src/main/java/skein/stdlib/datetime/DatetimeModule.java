package skein.stdlib.datetime;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.exception.PythonErrors;

/** The {@code datetime} module: dates, times, durations and fixed-offset time zones. */
public final class DatetimeModule implements NativeModule {

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    @Override
    public String name() {
        return "datetime";
    }

    @Override
    public void define(ModuleBuilder module) {
        BuiltinTypes t = module.types();
        PythonClass timedelta = module.type("timedelta", refusing("timedelta"), false);
        PythonClass date = module.type("date", refusing("date"), false);
        PythonClass tzinfo = module.type("tzinfo", PythonObject::new, false);
        PythonClass time = module.type("time", refusing("time"), false);
        PythonClass datetime = module.type("datetime", refusing("datetime"), false, date);
        PythonClass timezone = module.type("timezone", refusing("timezone"), false, tzinfo);
        PythonClass isoCalendarDate = module.type("IsoCalendarDate", cls -> new PTuple(cls, new Object[0]), false,
                t.tupleType);
        DatetimeTypes types = new DatetimeTypes(t, timedelta, date, datetime, time, tzinfo, timezone, isoCalendarDate);

        BuiltinDefiner d = module.definer();
        TimedeltaMethods.define(d, types);
        DateMethods.define(d, types);
        TimeMethods.define(d, types);
        DateTimeMethods.define(d, types);
        TzinfoMethods.define(d, types);

        d.constant(timedelta, "min", new PTimedelta(timedelta, -PTimedelta.MAX_DAYS, 0, 0));
        d.constant(timedelta, "max", new PTimedelta(timedelta, PTimedelta.MAX_DAYS, 86_399, 999_999));
        d.constant(timedelta, "resolution", new PTimedelta(timedelta, 0, 0, 1));
        d.constant(date, "min", new PDate(date, MIN_YEAR, 1, 1));
        d.constant(date, "max", new PDate(date, MAX_YEAR, 12, 31));
        d.constant(date, "resolution", new PTimedelta(timedelta, 1, 0, 0));
        d.constant(time, "min", new PTime(time, 0, 0, 0, 0, PNone.NONE, 0));
        d.constant(time, "max", new PTime(time, 23, 59, 59, 999_999, PNone.NONE, 0));
        d.constant(time, "resolution", new PTimedelta(timedelta, 0, 0, 1));
        d.constant(datetime, "min", new PDateTime(datetime, MIN_YEAR, 1, 1, 0, 0, 0, 0, PNone.NONE, 0));
        d.constant(datetime, "max", new PDateTime(datetime, MAX_YEAR, 12, 31, 23, 59, 59, 999_999, PNone.NONE, 0));
        d.constant(datetime, "resolution", new PTimedelta(timedelta, 0, 0, 1));
        d.constant(timezone, "utc", types.utc);
        d.constant(timezone, "min", new PTimezone(timezone, new PTimedelta(timedelta, -1, 60, 0), null));
        d.constant(timezone, "max", new PTimezone(timezone, new PTimedelta(timedelta, 0, 86_340, 0), null));

        module.constant("MINYEAR", (long) MIN_YEAR);
        module.constant("MAXYEAR", (long) MAX_YEAR);
        module.constant("UTC", types.utc);
    }

    /** Instances of these types are made only by their own {@code __new__}, as in CPython. */
    private static PythonClass.InstanceFactory refusing(String name) {
        return cls -> {
            String shown = cls.isBuiltin() ? "datetime." + cls.getName() : cls.getName();
            throw PythonErrors.typeError("object.__new__(" + shown + ") is not safe, use datetime." + name
                    + ".__new__()");
        };
    }
}
