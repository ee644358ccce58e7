package skein.interpreter.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The {@code open()} builtin: mode parsing with CPython's errors, then a text or binary stream on a Truffle file. */
public final class FileOpener {

    /** The encoding of text files opened without one: the locale's, which Skein takes to be UTF-8. */
    private static final String LOCALE_ENCODING = "UTF-8";

    private FileOpener() {
    }

    @TruffleBoundary
    public static PythonObject open(SkeinContext context, Object file, Object modeArg, Object encoding, Object errors,
                                    Object newline) {
        if (!(modeArg instanceof String mode)) {
            throw PythonErrors.typeError("open() argument 'mode' must be str, not " + TypeOf.name(modeArg));
        }
        String encodingName = optionalText(encoding, "encoding");
        String errorsName = optionalText(errors, "errors");
        String newlineMode = optionalText(newline, "newline");
        Mode parsed = Mode.parse(mode);
        if (parsed.binary) {
            if (encodingName != null) {
                throw PythonErrors.valueError("binary mode doesn't take an encoding argument");
            }
            if (errorsName != null) {
                throw PythonErrors.valueError("binary mode doesn't take an errors argument");
            }
            if (newlineMode != null) {
                throw PythonErrors.valueError("binary mode doesn't take a newline argument");
            }
        }
        String path = path(file);
        TruffleFile truffleFile = context.env().getPublicTruffleFile(path);
        if (truffleFile.isDirectory()) {
            throw FileErrors.osError(21, "Is a directory", path);
        }
        SeekableByteChannel channel;
        try {
            channel = truffleFile.newByteChannel(parsed.options());
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, path);
        } catch (SecurityException e) {
            throw FileErrors.osError(13, "Permission denied", path);
        }
        ByteStore store = ByteStore.of(channel, parsed.append);
        if (parsed.append) {
            // As CPython's FileIO, an appending file starts at its end, so tell() says where writes go.
            try {
                store.position(store.size());
            } catch (IOException e) {
                throw closing(store, FileErrors.fromIOException(e, path));
            }
        }
        BuiltinTypes types = context.types();
        if (parsed.binary) {
            String typeName = parsed.readable && parsed.writable ? "_io.BufferedRandom"
                    : parsed.readable ? "_io.BufferedReader" : "_io.BufferedWriter";
            return new PBinaryIO(types.other(typeName), path, parsed.modeText(), store, parsed.readable, parsed.writable);
        }
        try {
            // CPython checks these once the file is open (and created), as TextIOWrapper's arguments.
            if (newlineMode != null && !newlineMode.isEmpty() && !newlineMode.equals("\n") && !newlineMode.equals("\r")
                    && !newlineMode.equals("\r\n")) {
                throw PythonErrors.valueError("illegal newline value: " + newlineMode);
            }
            String textEncoding = encodingName == null || encodingName.equals("locale") ? LOCALE_ENCODING : encodingName;
            return new PTextIO(types.other("_io.TextIOWrapper"), path, parsed.modeText(), textEncoding,
                    errorsName == null ? "strict" : errorsName, store, parsed.readable, parsed.writable, false,
                    newlineMode);
        } catch (RuntimeException e) {
            throw closing(store, e);
        }
    }

    /** Closes a file that failed to open as asked; answers the failure to raise. */
    private static RuntimeException closing(ByteStore store, RuntimeException failure) {
        try {
            store.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    /** A str-or-None argument of open(): null for None. */
    private static String optionalText(Object value, String parameter) {
        if (value == PNone.NONE) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw PythonErrors.typeError("open() argument '" + parameter + "' must be str or None, not "
                    + TypeOf.name(value));
        }
        if (text.indexOf('\0') >= 0) {
            throw PythonErrors.valueError("embedded null character");
        }
        return text;
    }

    /** A path from a str, bytes or {@code os.PathLike} argument. */
    private static String path(Object file) {
        if (file instanceof String s) {
            return s;
        }
        if (file instanceof PBytes bytes) {
            return new String(bytes.bytes(), StandardCharsets.UTF_8);
        }
        if (TypeOf.get(file).lookup("__fspath__") != null) {
            return path(Calls.callSpecial(file, "__fspath__"));
        }
        throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not " + TypeOf.name(file));
    }

    /** A parsed {@code mode} string. */
    private record Mode(boolean readable, boolean writable, boolean create, boolean exclusive, boolean truncate,
                        boolean append, boolean binary, String original) {

        static Mode parse(String mode) {
            Set<Character> seen = new java.util.HashSet<>();
            for (char c : mode.toCharArray()) {
                if ("rwxabt+".indexOf(c) < 0 || !seen.add(c)) {
                    throw PythonErrors.valueError("invalid mode: '" + mode + "'");
                }
            }
            int kinds = (seen.contains('r') ? 1 : 0) + (seen.contains('w') ? 1 : 0) + (seen.contains('x') ? 1 : 0)
                    + (seen.contains('a') ? 1 : 0);
            if (seen.contains('t') && seen.contains('b')) {
                throw PythonErrors.valueError("can't have text and binary mode at once");
            }
            if (kinds != 1) {
                throw PythonErrors.valueError("must have exactly one of create/read/write/append mode");
            }
            boolean plus = seen.contains('+');
            boolean read = seen.contains('r');
            return new Mode(read || plus, !read || plus, !read, seen.contains('x'), seen.contains('w'), seen.contains('a'),
                    seen.contains('b'), mode);
        }

        Set<? extends OpenOption> options() {
            EnumSet<StandardOpenOption> options = EnumSet.noneOf(StandardOpenOption.class);
            if (readable) {
                options.add(StandardOpenOption.READ);
            }
            if (writable) {
                options.add(StandardOpenOption.WRITE);
            }
            if (exclusive) {
                options.add(StandardOpenOption.CREATE_NEW);
            } else if (create) {
                options.add(StandardOpenOption.CREATE);
            }
            if (truncate) {
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            return options;
        }

        /** The mode as CPython reports it ({@code f.mode}): as given, without a 't'. */
        String modeText() {
            return original.replace("t", "").toLowerCase(Locale.ROOT);
        }
    }
}
