package skein.stdlib.io;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PByteArray;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code io.IOBase} and its three kinds, {@code RawIOBase}, {@code BufferedIOBase} and
 * {@code TextIOBase}, as CPython's {@code _io} module has them (and under its names): the
 * methods a stream gets from its base class, built on the methods a subclass defines, which
 * they call as Python methods ({@code readline} on {@code read}, iteration on
 * {@code readline}, {@code writelines} on {@code write}, {@code close} on {@code flush}).
 */
final class IOBaseTypes {

    /** The four classes. */
    record Bases(PythonClass io, PythonClass raw, PythonClass buffered, PythonClass text) {
    }

    private IOBaseTypes() {
    }

    static Bases define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        BuiltinDefiner d = m.definer();
        PythonClass io = baseClass(m, "IOBase");
        defineIOBase(d, t, io);
        PythonClass raw = baseClass(m, "RawIOBase", io);
        PythonClass buffered = baseClass(m, "BufferedIOBase", io);
        for (String name : new String[]{"read", "read1", "write", "detach"}) {
            unsupported(d, buffered, name);
        }
        PythonClass text = baseClass(m, "TextIOBase", io);
        for (String name : new String[]{"read", "readline", "write", "detach"}) {
            unsupported(d, text, name);
        }
        for (String name : new String[]{"encoding", "newlines", "errors"}) {
            d.getter(text, name, self -> PNone.NONE);
        }
        return new Bases(io, raw, buffered, text);
    }

    /** A class named {@code _io._Name}, exported by {@code io} as {@code Name}. */
    private static PythonClass baseClass(ModuleBuilder m, String name, PythonClass... bases) {
        PythonClass cls = m.types().defineInModule("_io", "_" + name, IOBase::new, true, bases);
        m.constant(name, cls);
        return cls;
    }

    private static void unsupported(BuiltinDefiner d, PythonClass type, String name) {
        d.method(type, name + "(self, /, *args)", a -> {
            throw IOModule.unsupported(name);
        });
    }

    private static void defineIOBase(BuiltinDefiner d, BuiltinTypes t, PythonClass io) {
        d.getter(io, "closed", self -> ((IOBase) self).closedByBase());
        d.method(io, "close(self, /)", a -> {
            IOBase self = (IOBase) a[0];
            if (!self.closedByBase()) {
                try {
                    Calls.callMethod(self, "flush");
                } finally {
                    self.markClosedByBase();
                }
            }
            return PNone.NONE;
        });
        d.method(io, "flush(self, /)", a -> {
            if (((IOBase) a[0]).closedByBase()) {
                throw IOModule.closedFile();
            }
            return PNone.NONE;
        });
        d.method(io, "__enter__(self, /)", a -> checkedOpen(a[0]));
        d.method(io, "__exit__(self, /, *args)", a -> Calls.callMethod(a[0], "close"));
        d.method(io, "__iter__(self, /)", a -> checkedOpen(a[0]));
        d.method(io, "__next__(self, /)", a -> {
            Object line = Calls.callMethod(a[0], "readline");
            if (Containers.length(line) == 0) {
                throw PythonErrors.stopIteration();
            }
            return line;
        });
        d.method(io, "readline(self, size=-1, /)", a -> readLine(t, a[0], IOModule.optionalSize(a[1])));
        d.method(io, "readlines(self, hint=-1, /)", a -> readLines(t, a[0], IOModule.optionalSize(a[1])));
        d.method(io, "writelines(self, lines, /)", a -> {
            checkedOpen(a[0]);
            Object lines = Iteration.getIterator(a[1]);
            for (Object line = Iteration.next(lines); line != null; line = Iteration.next(lines)) {
                Calls.callMethod(a[0], "write", line);
            }
            return PNone.NONE;
        });
        for (String name : new String[]{"readable", "writable", "seekable"}) {
            d.method(io, name + "(self, /)", a -> false);
        }
        d.method(io, "isatty(self, /)", a -> {
            checkedOpen(a[0]);
            return false;
        });
        for (String name : new String[]{"fileno", "seek", "truncate"}) {
            unsupported(d, io, name);
        }
        d.method(io, "tell(self, /)", a -> Calls.callMethod(a[0], "seek", 0L, 1L));
    }

    /** {@code self}, after CPython's check of {@code self.closed}. */
    private static Object checkedOpen(Object self) {
        if (Truthiness.isTrue(Attributes.get(self, "closed"))) {
            throw IOModule.closedFile();
        }
        return self;
    }

    /** The base class's {@code readline}: bytes read one at a time up to a newline. */
    private static PBytes readLine(BuiltinTypes t, Object self, long limit) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (limit < 0 || line.size() < limit) {
            Object read = Calls.callMethod(self, "read", 1L);
            byte[] bytes;
            if (read instanceof PBytes b) {
                bytes = b.bytes();
            } else if (read instanceof PByteArray b) {
                bytes = b.snapshot();
            } else {
                throw PythonErrors.typeError("read() should have returned a bytes object, not '" + TypeOf.name(read) + "'");
            }
            if (bytes.length == 0) {
                break;
            }
            line.writeBytes(bytes);
            if (bytes[bytes.length - 1] == '\n') {
                break;
            }
        }
        return new PBytes(t.bytesType, line.toByteArray());
    }

    /** The base class's {@code readlines}: lines by iteration, stopping once their total length reaches the hint. */
    private static PList readLines(BuiltinTypes t, Object self, long hint) {
        List<Object> lines = new ArrayList<>();
        Object iterator = Iteration.getIterator(self);
        long total = 0;
        for (Object line = Iteration.next(iterator); line != null; line = Iteration.next(iterator)) {
            lines.add(line);
            total += Containers.length(line);
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return new PList(t.listType, lines.toArray());
    }
}
