package skein.stdlib.time;

import java.time.Duration;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code time.struct_time}: a tuple of the nine classic fields that also answers to their
 * {@code tm_*} names, plus {@code tm_zone} and {@code tm_gmtoff}, which are attributes only.
 * Those two live in the instance's own dict, which the type does not expose as
 * {@code __dict__}, so the tuple stays nine items long as in CPython.
 */
public final class StructTime {

    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst"};
    private static final String[] EXTRA_FIELDS = {"tm_zone", "tm_gmtoff"};
    static final int SEQUENCE_FIELDS = FIELDS.length;
    static final int ALL_FIELDS = FIELDS.length + EXTRA_FIELDS.length;

    private StructTime() {
    }

    static PythonClass define(ModuleBuilder module) {
        BuiltinTypes t = module.types();
        PythonClass type = module.type("struct_time", cls -> new PTuple(cls, new Object[0]), false, t.tupleType);
        BuiltinDefiner d = module.definer();
        d.staticMethod(type, "__new__(type, sequence, dict=None)", a -> create((PythonClass) a[0], a[1]));
        d.method(type, "__repr__(self, /)", a -> repr((PTuple) a[0]));
        d.method(type, "__reduce__(self, /)", a -> {
            PTuple self = (PTuple) a[0];
            PDict extras = new PDict(t.dictType);
            for (String field : EXTRA_FIELDS) {
                extras.setItem(field, extra(self, field));
            }
            PTuple visible = new PTuple(t.tupleType, self.items());
            return new PTuple(t.tupleType, new Object[]{self.getPythonClass(), new PTuple(t.tupleType,
                    new Object[]{visible, extras})});
        });
        for (int i = 0; i < FIELDS.length; i++) {
            int index = i;
            d.getter(type, FIELDS[i], self -> ((PTuple) self).get(index));
        }
        for (String field : EXTRA_FIELDS) {
            d.getter(type, field, self -> extra((PTuple) self, field));
        }
        Object[] names = new Object[FIELDS.length];
        System.arraycopy(FIELDS, 0, names, 0, FIELDS.length);
        d.constant(type, "__match_args__", new PTuple(t.tupleType, names));
        d.constant(type, "n_sequence_fields", (long) SEQUENCE_FIELDS);
        d.constant(type, "n_fields", (long) ALL_FIELDS);
        d.constant(type, "n_unnamed_fields", 0L);
        return type;
    }

    /** {@code struct_time(sequence)}: 9 to 11 items, the ones past the ninth being tm_zone and tm_gmtoff. */
    private static PTuple create(PythonClass cls, Object sequence) {
        if (!Iteration.isIterable(sequence)) {
            throw PythonErrors.typeError("constructor requires a sequence");
        }
        Object[] items = Iteration.toArray(sequence);
        String name = Reprs.qualifiedName(cls);
        if (items.length < SEQUENCE_FIELDS) {
            throw PythonErrors.typeError(name + "() takes an at least " + SEQUENCE_FIELDS + "-sequence ("
                    + items.length + "-sequence given)");
        }
        if (items.length > ALL_FIELDS) {
            throw PythonErrors.typeError(name + "() takes an at most " + ALL_FIELDS + "-sequence ("
                    + items.length + "-sequence given)");
        }
        Object[] visible = new Object[SEQUENCE_FIELDS];
        System.arraycopy(items, 0, visible, 0, SEQUENCE_FIELDS);
        PTuple result = new PTuple(cls, visible);
        for (int i = 0; i < EXTRA_FIELDS.length; i++) {
            int at = SEQUENCE_FIELDS + i;
            result.getOrCreateDict().setItem(EXTRA_FIELDS[i], at < items.length ? items[at] : PNone.NONE);
        }
        return result;
    }

    /** A struct_time holding {@code t}'s fields, its zone and UTC offset. */
    static PTuple of(PythonClass type, BrokenDownTime t) {
        Object[] items = {(long) t.year(), (long) t.month(), (long) t.day(), (long) t.hour(), (long) t.minute(),
            (long) t.second(), (long) t.weekday(), (long) t.yearday(), (long) t.isdst()};
        PTuple result = new PTuple(type, items);
        PDict extras = result.getOrCreateDict();
        extras.setItem("tm_zone", t.zoneName() == null ? PNone.NONE : t.zoneName());
        extras.setItem("tm_gmtoff", t.utcOffset() == null ? PNone.NONE : (Object) t.utcOffset().getSeconds());
        return result;
    }

    private static Object extra(PTuple self, String field) {
        PDict extras = self.getDict();
        Object value = extras == null ? null : extras.getItem(field);
        return value == null ? PNone.NONE : value;
    }

    private static String repr(PTuple self) {
        StringBuilder out = new StringBuilder(Reprs.qualifiedName(self.getPythonClass())).append('(');
        for (int i = 0; i < SEQUENCE_FIELDS; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(FIELDS[i]).append('=').append(Reprs.repr(self.get(i)));
        }
        return out.append(')').toString();
    }

    /**
     * The fields of a time tuple argument as C's {@code struct tm} would take them ({@code
     * gettmarg}): exactly nine ints for a plain tuple, and for a struct_time also its zone and
     * offset. {@code function} names the caller in the error for a wrong length.
     */
    static BrokenDownTime fields(Object arg, String function, PythonClass structTimeType) {
        if (!(arg instanceof PTuple tuple)) {
            throw PythonErrors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != SEQUENCE_FIELDS) {
            throw PythonErrors.typeError(function + "(): illegal time tuple argument");
        }
        int[] v = new int[SEQUENCE_FIELDS];
        for (int i = 0; i < SEQUENCE_FIELDS; i++) {
            v[i] = TimeArguments.cInt(tuple.get(i));
        }
        if ((long) v[0] < (long) Integer.MIN_VALUE + 1900) {
            throw PythonErrors.overflowError("year out of range");
        }
        Duration offset = null;
        String zone = null;
        if (TypeOf.get(tuple) == structTimeType) {
            Object zoneItem = extra(tuple, "tm_zone");
            Object offsetItem = extra(tuple, "tm_gmtoff");
            zone = zoneItem instanceof String s ? s : null;
            if (offsetItem != PNone.NONE) {
                offset = Duration.ofSeconds(TimeArguments.cLong(offsetItem));
            }
        }
        return new BrokenDownTime(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], 0, offset, zone);
    }
}
