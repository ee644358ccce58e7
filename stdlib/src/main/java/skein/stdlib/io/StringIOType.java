package skein.stdlib.io;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The methods of {@code io.StringIO}. Its own methods report a closed object without a full
 * stop, as CPython's do; those it inherits from {@code TextIOBase} with one.
 */
final class StringIOType {

    private StringIOType() {
    }

    static void define(ModuleBuilder m, PythonClass textBase) {
        BuiltinDefiner d = m.definer();
        PythonClass tupleType = m.types().tupleType;
        PythonClass type = m.types().defineInModule("_io", "StringIO", StringIO::new, true, textBase);
        m.constant("StringIO", type);

        d.method(type, "__init__(self, initial_value='', newline='\\n')", a -> {
            NewlineMode mode = NewlineMode.of(a[2]);
            if (a[1] != PNone.NONE && !(a[1] instanceof String)) {
                throw PythonErrors.typeError("initial_value must be str or None, not " + TypeOf.name(a[1]));
            }
            self(a[0]).reset(a[1] instanceof String initial ? initial : null, mode);
            return PNone.NONE;
        });
        d.method(type, "write(self, s, /)", a -> {
            if (!(a[1] instanceof String s)) {
                self(a[0]).checkOpen();
                throw PythonErrors.typeError("string argument expected, got '" + TypeOf.name(a[1]) + "'");
            }
            return self(a[0]).write(s);
        });
        d.method(type, "read(self, size=-1, /)", a -> self(a[0]).read(IOModule.optionalSize(a[1])));
        d.method(type, "readline(self, size=-1, /)", a -> self(a[0]).readLine(IOModule.optionalSize(a[1])));
        d.method(type, "getvalue(self, /)", a -> self(a[0]).getValue());
        d.method(type, "tell(self, /)", a -> self(a[0]).tell());
        d.method(type, "seek(self, pos, whence=0, /)",
                a -> self(a[0]).seek(Numbers.indexAsLong(a[1]), Numbers.asInt(a[2])));
        d.method(type, "truncate(self, pos=None, /)", a -> {
            long size = IOModule.optionalSize(a[1]);
            return self(a[0]).truncate(a[1] == PNone.NONE ? null : size);
        });
        d.method(type, "close(self, /)", a -> {
            self(a[0]).close();
            return PNone.NONE;
        });
        d.method(type, "flush(self, /)", a -> PNone.NONE);
        for (String name : new String[]{"readable", "writable", "seekable"}) {
            d.method(type, name + "(self, /)", a -> {
                self(a[0]).checkOpen();
                return true;
            });
        }
        d.method(type, "__next__(self, /)", a -> {
            StringIO self = self(a[0]);
            Object line;
            if (self.getPythonClass() == type) {
                line = self.readLine(-1);
            } else {
                self.checkOpen();
                line = Calls.callMethod(self, "readline");
                if (!(line instanceof String)) {
                    throw PythonErrors.typeError("readline() should have returned a str object, not '" + TypeOf.name(line) + "'");
                }
            }
            if (((String) line).isEmpty()) {
                throw PythonErrors.stopIteration();
            }
            return line;
        });
        d.getter(type, "closed", self -> self(self).isClosed());
        d.getter(type, "newlines", self -> self(self).newlines(tupleType));
        d.getter(type, "line_buffering", self -> {
            self(self).checkOpen();
            return false;
        });
    }

    private static StringIO self(Object self) {
        return (StringIO) self;
    }
}
