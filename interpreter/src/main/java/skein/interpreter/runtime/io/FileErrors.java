package skein.interpreter.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Java I/O failures as the OSError subclasses CPython raises, with errno and filename. */
public final class FileErrors {

    private FileErrors() {
    }

    @TruffleBoundary
    public static PException fromIOException(IOException e, String filename) {
        if (e instanceof NoSuchFileException) {
            return osError(2, "No such file or directory", filename);
        } else if (e instanceof AccessDeniedException) {
            return osError(13, "Permission denied", filename);
        } else if (e instanceof FileAlreadyExistsException) {
            return osError(17, "File exists", filename);
        } else if (e instanceof NotDirectoryException) {
            return osError(20, "Not a directory", filename);
        } else if (e instanceof DirectoryNotEmptyException) {
            return osError(39, "Directory not empty", filename);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("Is a directory")) {
            return osError(21, "Is a directory", filename);
        }
        if (message.contains("Broken pipe")) {
            return osError(32, "Broken pipe", null);
        }
        return osError(5, message, filename);
    }

    /** {@code OSError(errno, strerror[, filename])}, which picks the subclass from errno. */
    @TruffleBoundary
    public static PException osError(int errno, String strerror, String filename) {
        var osError = SkeinLanguage.types().osError;
        if (filename == null) {
            return PythonErrors.createWithArgs(osError, (long) errno, strerror);
        }
        return PythonErrors.createWithArgs(osError, (long) errno, strerror, filename);
    }
}
