package skein.stdlib.io;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PByteArray;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BytesLike;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** The methods of {@code io.BytesIO}; every one reports a closed object as the base class does. */
final class BytesIOType {

    private BytesIOType() {
    }

    static void define(ModuleBuilder m, PythonClass bufferedBase) {
        BuiltinDefiner d = m.definer();
        PythonClass bytesType = m.types().bytesType;
        PythonClass type = m.types().defineInModule("_io", "BytesIO", BytesIO::new, true, bufferedBase);
        m.constant("BytesIO", type);

        d.method(type, "__init__(self, initial_bytes=None)", a -> {
            self(a[0]).reset(a[1] == PNone.NONE ? null : BytesLike.bytesOf(a[1]));
            return PNone.NONE;
        });
        d.method(type, "write(self, b, /)", a -> {
            self(a[0]).checkOpen();
            return self(a[0]).write(BytesLike.bytesOf(a[1]));
        });
        d.method(type, "read(self, size=-1, /)", a -> bytes(bytesType, self(a[0]).read(IOModule.optionalSize(a[1]))));
        d.method(type, "read1(self, size=-1, /)", a -> bytes(bytesType, self(a[0]).read(IOModule.optionalSize(a[1]))));
        d.method(type, "readline(self, size=-1, /)",
                a -> bytes(bytesType, self(a[0]).readLine(IOModule.optionalSize(a[1]))));
        d.method(type, "readinto(self, buffer, /)", a -> {
            if (!(a[1] instanceof PByteArray target)) {
                throw PythonErrors.typeError("readinto() argument must be read-write bytes-like object, not "
                        + TypeOf.name(a[1]));
            }
            byte[] read = self(a[0]).read(target.size());
            target.replaceRange(0, read.length, read);
            return (long) read.length;
        });
        d.method(type, "getvalue(self, /)", a -> bytes(bytesType, self(a[0]).getValue()));
        d.method(type, "tell(self, /)", a -> self(a[0]).tell());
        d.method(type, "seek(self, pos, whence=0, /)",
                a -> self(a[0]).seek(Numbers.indexAsLong(a[1]), Numbers.asInt(a[2])));
        d.method(type, "truncate(self, size=None, /)", a -> {
            long size = IOModule.optionalSize(a[1]);
            return self(a[0]).truncate(a[1] == PNone.NONE ? null : size);
        });
        d.method(type, "close(self, /)", a -> {
            self(a[0]).close();
            return PNone.NONE;
        });
        d.method(type, "flush(self, /)", a -> {
            self(a[0]).checkOpen();
            return PNone.NONE;
        });
        for (String name : new String[]{"readable", "writable", "seekable"}) {
            d.method(type, name + "(self, /)", a -> {
                self(a[0]).checkOpen();
                return true;
            });
        }
        d.method(type, "__iter__(self, /)", a -> a[0]);
        d.method(type, "__next__(self, /)", a -> {
            byte[] line = self(a[0]).readLine(-1);
            if (line.length == 0) {
                throw PythonErrors.stopIteration();
            }
            return bytes(bytesType, line);
        });
        d.getter(type, "closed", self -> self(self).isClosed());
    }

    private static PBytes bytes(PythonClass bytesType, byte[] data) {
        return new PBytes(bytesType, data);
    }

    private static BytesIO self(Object self) {
        return (BytesIO) self;
    }
}
