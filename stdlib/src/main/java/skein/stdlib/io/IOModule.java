package skein.stdlib.io;

import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The {@code io} module: the base classes ({@link IOBaseTypes}), {@code StringIO} and
 * {@code BytesIO} in Java, and the file types and {@code open} that the builtins already have.
 */
public final class IOModule implements NativeModule {

    /** The message of the base class's check for a closed stream, which BytesIO's methods share. */
    static final String CLOSED_FILE = "I/O operation on closed file.";

    @Override
    public String name() {
        return "io";
    }

    @Override
    public void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        IOBaseTypes.Bases bases = IOBaseTypes.define(m);
        StringIOType.define(m, bases.text());
        BytesIOType.define(m, bases.buffered());
        m.constant("TextIOWrapper", t.other("_io.TextIOWrapper"));
        m.constant("BufferedReader", t.other("_io.BufferedReader"));
        m.constant("BufferedWriter", t.other("_io.BufferedWriter"));
        m.constant("BufferedRandom", t.other("_io.BufferedRandom"));
        m.constant("UnsupportedOperation", t.other("io.UnsupportedOperation"));
        m.constant("SEEK_SET", 0L);
        m.constant("SEEK_CUR", 1L);
        m.constant("SEEK_END", 2L);
        m.constant("DEFAULT_BUFFER_SIZE", 8192L);
    }

    /** {@code io.open} is the builtin {@code open}. */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        module.globals().setItem("open", context.builtinsModule().globals().getItem("open"));
    }

    /** {@code io.UnsupportedOperation(message)}. */
    static PException unsupported(String message) {
        return PythonErrors.create(SkeinLanguage.types().other("io.UnsupportedOperation"), message);
    }

    static PException osError(String message) {
        return PythonErrors.create(SkeinLanguage.types().osError, message);
    }

    static PException closedFile() {
        return PythonErrors.valueError(CLOSED_FILE);
    }

    /** A size argument that may be None (-1, "all"), as CPython's optional size converter reads it. */
    static long optionalSize(Object size) {
        if (size == PNone.NONE) {
            return -1;
        }
        if (Numbers.intValueOrNull(size) == null && TypeOf.get(size).lookup("__index__") == null) {
            throw PythonErrors.typeError("argument should be integer or None, not '" + TypeOf.name(size) + "'");
        }
        return Numbers.indexAsLong(size);
    }
}
