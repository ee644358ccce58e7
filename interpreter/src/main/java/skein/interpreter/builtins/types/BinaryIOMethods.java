package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.io.PBinaryIO;

import java.util.ArrayList;
import java.util.List;

/** {@code io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: binary files. */
final class BinaryIOMethods {

    private BinaryIOMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        for (String name : new String[]{"BufferedReader", "BufferedWriter", "BufferedRandom"}) {
            defineFor(d, t, IOTypes.make(t, name), name);
        }
    }

    private static void defineFor(BuiltinDefiner d, BuiltinTypes t, PythonClass type, String name) {
        d.method(type, "write(self, buffer, /)", a -> {
            if (!(a[1] instanceof PBytes bytes)) {
                throw PythonErrors.typeError("a bytes-like object is required, not '" + TypeOf.name(a[1]) + "'");
            }
            return stream(a[0]).write(bytes.bytes());
        });
        d.method(type, "writelines(self, lines, /)", a -> {
            for (Object line : Iteration.toArray(a[1])) {
                if (!(line instanceof PBytes bytes)) {
                    throw PythonErrors.typeError("a bytes-like object is required, not '" + TypeOf.name(line) + "'");
                }
                stream(a[0]).write(bytes.bytes());
            }
            return PNone.NONE;
        });
        d.method(type, "read(self, size=-1, /)", a -> new PBytes(t.bytesType, stream(a[0]).read(IOTypes.size(a[1]))));
        d.method(type, "read1(self, size=-1, /)", a -> new PBytes(t.bytesType, stream(a[0]).read(IOTypes.size(a[1]))));
        d.method(type, "readline(self, size=-1, /)", a -> new PBytes(t.bytesType, stream(a[0]).readLine(IOTypes.size(a[1]))));
        d.method(type, "readlines(self, hint=-1, /)", a -> {
            List<Object> lines = new ArrayList<>();
            byte[] line;
            while ((line = stream(a[0]).readLine(-1)).length > 0) {
                lines.add(new PBytes(t.bytesType, line));
            }
            return new PList(t.listType, lines.toArray());
        });
        d.method(type, "seek(self, target, whence=0, /)",
                a -> stream(a[0]).seek(Numbers.indexAsLong(a[1]), (int) Numbers.indexAsLong(a[2])));
        d.method(type, "tell(self, /)", a -> stream(a[0]).tell());
        d.method(type, "truncate(self, pos=None, /)",
                a -> stream(a[0]).truncate(a[1] == PNone.NONE ? -1 : Numbers.indexAsLong(a[1])));
        d.method(type, "flush(self, /)", a -> {
            stream(a[0]).flush();
            return PNone.NONE;
        });
        d.method(type, "close(self, /)", a -> {
            stream(a[0]).close();
            return PNone.NONE;
        });
        d.method(type, "readable(self, /)", a -> stream(a[0]).readable());
        d.method(type, "writable(self, /)", a -> stream(a[0]).writable());
        d.method(type, "seekable(self, /)", a -> stream(a[0]).seekable());
        d.method(type, "isatty(self, /)", a -> false);
        d.method(type, "__enter__(self, /)", a -> a[0]);
        d.method(type, "__exit__(self, /, *args)", a -> {
            stream(a[0]).close();
            return PNone.NONE;
        });
        d.method(type, "__iter__(self, /)", a -> a[0]);
        d.method(type, "__next__(self, /)", a -> {
            byte[] line = stream(a[0]).readLine(-1);
            if (line.length == 0) {
                throw PythonErrors.stopIteration();
            }
            return new PBytes(t.bytesType, line);
        });
        d.method(type, "__repr__(self, /)", a -> "<_io." + name + " name=" + Reprs.repr(stream(a[0]).name()) + ">");
        d.getter(type, "closed", self -> stream(self).isClosed());
        d.getter(type, "name", self -> stream(self).name());
        d.getter(type, "mode", self -> stream(self).mode());
    }

    private static PBinaryIO stream(Object self) {
        return (PBinaryIO) self;
    }
}
