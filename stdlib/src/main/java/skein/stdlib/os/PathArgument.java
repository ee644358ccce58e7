package skein.stdlib.os;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.TruffleFile;

import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * A path as the os module takes it: a str, bytes or an {@code os.PathLike}. Path text
 * functions work on {@link #text()}, in which bytes are Latin-1 characters so that every
 * byte survives; the file system sees {@link #fileName()}, bytes decoded as UTF-8.
 *
 * @param text    the path's characters (bytes one per character)
 * @param isBytes whether the caller gave bytes, and so gets bytes back
 */
public record PathArgument(String text, boolean isBytes) {

    /** {@code os.fspath(value)}'s result as a path; null when {@code value} is no path at all. */
    private static PathArgument tryOf(Object value) {
        Object path = value;
        if (!isText(path)) {
            Object method = TypeOf.get(path).lookup("__fspath__");
            if (method == null) {
                return null;
            }
            path = Calls.call(method, value);
            if (!isText(path)) {
                throw PythonErrors.typeError("expected " + TypeOf.name(value) + ".__fspath__() to return str or bytes, not "
                        + TypeOf.name(path));
            }
        }
        Object plain = path instanceof PValueObject boxed ? boxed.value() : path;
        if (plain instanceof PBytes bytes) {
            return new PathArgument(new String(bytes.bytes(), StandardCharsets.ISO_8859_1), true);
        }
        return new PathArgument((String) plain, false);
    }

    private static boolean isText(Object value) {
        Object plain = value instanceof PValueObject boxed ? boxed.value() : value;
        return plain instanceof String || plain instanceof PBytes;
    }

    /** {@code os.fspath(value)}, with its TypeError for anything else. */
    public static PathArgument of(Object value) {
        PathArgument path = tryOf(value);
        if (path == null) {
            throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not " + TypeOf.name(value));
        }
        return path;
    }

    /** A path argument of an os function, with that function's messages for a wrong type or a NUL. */
    public static PathArgument forCall(Object value, String function, String parameter) {
        return forCall(value, function, parameter, "string, bytes or os.PathLike");
    }

    /** As {@link #forCall(Object, String, String)}, for a function that also takes {@code accepted}. */
    public static PathArgument forCall(Object value, String function, String parameter, String accepted) {
        PathArgument path = tryOf(value);
        if (path == null) {
            throw PythonErrors.typeError(function + ": " + parameter + " should be " + accepted + ", not "
                    + TypeOf.name(value));
        }
        if (path.text.indexOf('\0') >= 0) {
            throw PythonErrors.valueError("embedded null byte");
        }
        return path;
    }

    /** The argument as {@code os.fspath} returns it (a str, or bytes): what an OSError names. */
    public Object value() {
        return wrap(text);
    }

    /** Text produced from this path, as the same kind (str or bytes) as the argument. */
    public Object wrap(String result) {
        if (isBytes) {
            return new PBytes(SkeinLanguage.types().bytesType, result.getBytes(StandardCharsets.ISO_8859_1));
        }
        return result;
    }

    /** A file name from the file system, as the same kind as the argument. */
    public Object wrapFileName(String name) {
        if (isBytes) {
            return new PBytes(SkeinLanguage.types().bytesType, name.getBytes(StandardCharsets.UTF_8));
        }
        return name;
    }

    /** The path as the file system reads it. */
    public String fileName() {
        return isBytes ? new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8) : text;
    }

    /**
     * The file, made absolute against the process's working directory (some TruffleFile
     * operations, move among them, would otherwise read a relative path against the JVM's).
     * The empty path names no file (C's calls fail on it with ENOENT), so it raises rather than
     * becoming the directory.
     */
    public TruffleFile file() {
        if (text.isEmpty()) {
            throw OsErrors.of(Errno.ENOENT, value());
        }
        try {
            return SkeinContext.get(null).env().getPublicTruffleFile(fileName()).getAbsoluteFile();
        } catch (SecurityException e) {
            throw OsErrors.of(e, value());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw OsErrors.of(Errno.EINVAL, value());
        }
    }
}
