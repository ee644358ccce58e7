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
        PythonClass oserror = t.osError;
        PythonClass unsupported = t.define("io.UnsupportedOperation", null, true, oserror, t.valueError);
        unsupported.setName("UnsupportedOperation");
        unsupported.setQualname("UnsupportedOperation");
        unsupported.getNamespace().setItem("__module__", "io");
        PythonClass text = t.define("_io.TextIOWrapper", null, true);
        text.setName("TextIOWrapper");
        text.setQualname("TextIOWrapper");
        text.getNamespace().setItem("__module__", "_io");
        d.method(text, "write(self, s, /)", a -> {
            if (!(a[1] instanceof String s)) {
                throw PythonErrors.typeError("write() argument must be str, not " + TypeOf.name(a[1]));
            }
            return ((PTextIO) a[0]).write(s);
        });
        d.method(text, "writelines(self, lines, /)", a -> {
            PTextIO stream = (PTextIO) a[0];
            for (Object line : Iteration.toArray(a[1])) {
                if (!(line instanceof String s)) {
                    throw PythonErrors.typeError("write() argument must be str, not " + TypeOf.name(line));
                }
                stream.write(s);
            }
            return PNone.NONE;
        });
        d.method(text, "flush(self, /)", a -> {
            ((PTextIO) a[0]).flush();
            return PNone.NONE;
        });
        d.method(text, "close(self, /)", a -> {
            ((PTextIO) a[0]).close();
            return PNone.NONE;
        });
        d.method(text, "read(self, size=-1, /)", a ->
                ((PTextIO) a[0]).read(a[1] == PNone.NONE ? -1 : Numbers.indexAsLong(a[1])));
        d.method(text, "readline(self, size=-1, /)", a -> ((PTextIO) a[0]).readLine());
        d.method(text, "readlines(self, hint=-1, /)", a -> {
            PTextIO stream = (PTextIO) a[0];
            List<Object> lines = new ArrayList<>();
            String line;
            while (!(line = stream.readLine()).isEmpty()) {
                lines.add(line);
            }
            return new PList(t.listType, lines.toArray());
        });
        d.method(text, "readable(self, /)", a -> ((PTextIO) a[0]).readable());
        d.method(text, "writable(self, /)", a -> ((PTextIO) a[0]).writable());
        d.method(text, "seekable(self, /)", a -> false);
        d.method(text, "isatty(self, /)", a -> false);
        d.method(text, "fileno(self, /)", a -> switch (((PTextIO) a[0]).name()) {
            case "<stdin>" -> 0L;
            case "<stdout>" -> 1L;
            case "<stderr>" -> 2L;
            default -> 3L;
        });
        d.method(text, "__enter__(self, /)", a -> a[0]);
        d.method(text, "__exit__(self, /, *args)", a -> {
            ((PTextIO) a[0]).close();
            return PNone.NONE;
        });
        d.method(text, "__iter__(self, /)", a -> a[0]);
        d.method(text, "__next__(self, /)", a -> {
            String line = ((PTextIO) a[0]).readLine();
            if (line.isEmpty()) {
                throw PythonErrors.stopIteration();
            }
            return line;
        });
        d.method(text, "__repr__(self, /)", a -> {
            PTextIO stream = (PTextIO) a[0];
            return "<_io.TextIOWrapper name=" + Reprs.repr(stream.name()) + " mode=" + Reprs.repr(stream.mode())
                    + " encoding=" + Reprs.repr(stream.encoding()) + ">";
        });
        d.getter(text, "closed", self -> ((PTextIO) self).isClosed());
        d.getter(text, "name", self -> ((PTextIO) self).name());
        d.getter(text, "mode", self -> ((PTextIO) self).mode());
        d.getter(text, "encoding", self -> ((PTextIO) self).encoding());
        d.getter(text, "errors", self -> "strict");
        d.getter(text, "line_buffering", self -> false);
    }
}
