package skein.stdlib.datetime;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

/** A {@code datetime.timezone}: a fixed offset from UTC and an optional name (null when not given). */
final class PTimezone extends PythonObject {

    private final PTimedelta offset;
    private final String name;

    PTimezone(PythonClass cls, PTimedelta offset, String name) {
        super(cls);
        this.offset = offset;
        this.name = name;
    }

    PTimedelta offset() {
        return offset;
    }

    String name() {
        return name;
    }
}
