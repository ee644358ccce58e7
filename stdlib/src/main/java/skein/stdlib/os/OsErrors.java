package skein.stdlib.os;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.exception.PException;

/**
 * Raises {@code OSError} as CPython does for a failed system call: built as
 * {@code OSError(errno, strerror, filename)}, which picks the subclass the error number
 * maps to (FileNotFoundError for ENOENT...) and prints as
 * {@code [Errno 2] No such file or directory: 'x'}.
 */
public final class OsErrors {

    private OsErrors() {
    }

    /** An OSError for {@code errno} without a file name. */
    public static PException of(int errno) {
        return create((long) errno, Errno.message(errno));
    }

    /** An OSError for {@code errno} about {@code filename} (a path as the caller gave it). */
    public static PException of(int errno, Object filename) {
        return create((long) errno, Errno.message(errno), filename);
    }

    /** An OSError about two files, as rename's: {@code [Errno 2] ...: 'a' -> 'b'}. */
    public static PException of(int errno, Object filename, Object filename2) {
        return create((long) errno, Errno.message(errno), filename, PNone.NONE, filename2);
    }

    /** The OSError a Java I/O failure stands for. */
    public static PException of(IOException failure, Object filename) {
        return of(errno(failure), filename);
    }

    public static PException of(IOException failure, Object filename, Object filename2) {
        return of(errno(failure), filename, filename2);
    }

    /** A refusal of the embedder's file-system policy, which a program sees as EACCES. */
    public static PException of(SecurityException refusal, Object filename) {
        return of(Errno.EACCES, filename);
    }

    /** The error number behind a Java I/O exception (Java keeps the C message as its "reason"). */
    public static int errno(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return Errno.ENOENT;
        } else if (failure instanceof FileAlreadyExistsException) {
            return Errno.EEXIST;
        } else if (failure instanceof DirectoryNotEmptyException) {
            return Errno.ENOTEMPTY;
        } else if (failure instanceof AccessDeniedException) {
            return Errno.EACCES;
        } else if (failure instanceof NotDirectoryException) {
            return Errno.ENOTDIR;
        } else if (failure instanceof FileSystemLoopException) {
            return Errno.ELOOP;
        } else if (failure instanceof FileSystemException fse && fse.getReason() != null) {
            int known = Errno.byMessage(fse.getReason());
            if (known >= 0) {
                return known;
            }
        }
        return Errno.EIO;
    }

    private static PException create(Object... args) {
        Object exception = Calls.call(SkeinLanguage.types().osError, args);
        return new PException((PBaseException) exception, null);
    }
}
