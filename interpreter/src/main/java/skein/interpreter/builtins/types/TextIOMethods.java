package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.io.PTextIO;

import java.util.ArrayList;
import java.util.List;

/** {@code io.TextIOWrapper}: the standard streams and text files. */
final class TextIOMethods {

    private TextIOMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass unsupported = t.define("io.UnsupportedOperation", null, true, t.osError, t.valueError);
        unsupported.setName("UnsupportedOperation");
        unsupported.setQualname("UnsupportedOperation");
        unsupported.getNamespace().setItem("__module__", "io");
        PythonClass text = IOTypes.make(t, "TextIOWrapper");
        d.method(text, "write(self, s, /)", a -> {
            if (!(a[1] instanceof String s)) {
                throw PythonErrors.typeError("write() argument must be str, not " + TypeOf.name(a[1]));
            }
            return stream(a[0]).write(s);
        });
        d.method(text, "writelines(self, lines, /)", a -> {
            PTextIO stream = stream(a[0]);
            for (Object line : Iteration.toArray(a[1])) {
                if (!(line instanceof String s)) {
                    throw PythonErrors.typeError("write() argument must be str, not " + TypeOf.name(line));
                }
                stream.write(s);
            }
            return PNone.NONE;
        });
        d.method(text, "read(self, size=-1, /)", a -> stream(a[0]).read(IOTypes.size(a[1])));
        d.method(text, "readline(self, size=-1, /)", a -> stream(a[0]).readLine(IOTypes.size(a[1])));
        d.method(text, "readlines(self, hint=-1, /)", a -> {
            // As CPython's IOBase.readlines: by iteration, stopping once the lines exceed the hint.
            PTextIO stream = stream(a[0]);
            long hint = IOTypes.size(a[1]);
            List<Object> lines = new ArrayList<>();
            long total = 0;
            String line;
            while (!(line = stream.next()).isEmpty()) {
                lines.add(line);
                long length = line.codePointCount(0, line.length());
                if (hint > 0 && length > hint - total) {
                    break;
                }
                total += length;
            }
            return new PList(t.listType, lines.toArray());
        });
        d.method(text, "seek(self, cookie, whence=0, /)", a -> stream(a[0]).seek(a[1], Numbers.asInt(a[2])));
        d.method(text, "tell(self, /)", a -> stream(a[0]).tell());
        d.method(text, "truncate(self, pos=None, /)",
                a -> stream(a[0]).truncate(a[1] == PNone.NONE ? null : Numbers.indexAsLong(a[1])));
        d.method(text, "flush(self, /)", a -> {
            stream(a[0]).flush();
            return PNone.NONE;
        });
        d.method(text, "close(self, /)", a -> {
            stream(a[0]).close();
            return PNone.NONE;
        });
        d.method(text, "readable(self, /)", a -> stream(a[0]).readable());
        d.method(text, "writable(self, /)", a -> stream(a[0]).writable());
        d.method(text, "seekable(self, /)", a -> stream(a[0]).seekable());
        d.method(text, "isatty(self, /)", a -> false);
        d.method(text, "fileno(self, /)", a -> switch (stream(a[0]).name()) {
            case "<stdin>" -> 0L;
            case "<stdout>" -> 1L;
            case "<stderr>" -> 2L;
            default -> 3L;
        });
        d.method(text, "__enter__(self, /)", a -> {
            if (stream(a[0]).isClosed()) {
                throw PythonErrors.valueError("I/O operation on closed file.");
            }
            return a[0];
        });
        d.method(text, "__exit__(self, /, *args)", a -> {
            stream(a[0]).close();
            return PNone.NONE;
        });
        d.method(text, "__iter__(self, /)", a -> {
            if (stream(a[0]).isClosed()) {
                throw PythonErrors.valueError("I/O operation on closed file.");
            }
            return a[0];
        });
        d.method(text, "__next__(self, /)", a -> {
            String line = stream(a[0]).next();
            if (line.isEmpty()) {
                throw PythonErrors.stopIteration();
            }
            return line;
        });
        d.method(text, "__repr__(self, /)", a -> {
            PTextIO stream = stream(a[0]);
            return "<_io.TextIOWrapper name=" + Reprs.repr(stream.name()) + " mode=" + Reprs.repr(stream.mode())
                    + " encoding=" + Reprs.repr(stream.encoding()) + ">";
        });
        d.getter(text, "closed", self -> stream(self).isClosed());
        d.getter(text, "name", self -> stream(self).name());
        d.getter(text, "mode", self -> stream(self).mode());
        d.getter(text, "encoding", self -> stream(self).encoding());
        d.getter(text, "errors", self -> stream(self).errors());
        d.getter(text, "line_buffering", self -> stream(self).lineBuffered());
        d.getter(text, "newlines", self -> stream(self).newlines());
    }

    private static PTextIO stream(Object self) {
        return (PTextIO) self;
    }
}
