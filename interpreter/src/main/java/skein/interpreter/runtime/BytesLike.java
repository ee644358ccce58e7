package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PByteArray;
import skein.interpreter.objects.PBytes;
import skein.interpreter.runtime.exception.PythonErrors;

/** Objects that offer their bytes (CPython's buffer protocol): bytes, bytearray and their subclasses. */
public final class BytesLike {

    private BytesLike() {
    }

    /** The bytes of a bytes-like object (a bytearray's at this moment), or null for any other object. */
    @TruffleBoundary
    public static byte[] bytesOrNull(Object value) {
        if (value instanceof PBytes bytes) {
            return bytes.bytes();
        } else if (value instanceof PByteArray array) {
            return array.snapshot();
        }
        return null;
    }

    /** The bytes of a bytes-like object; TypeError "a bytes-like object is required, not 'T'" otherwise. */
    @TruffleBoundary
    public static byte[] bytesOf(Object value) {
        byte[] bytes = bytesOrNull(value);
        if (bytes == null) {
            throw PythonErrors.typeError("a bytes-like object is required, not '" + TypeOf.name(value) + "'");
        }
        return bytes;
    }

    public static boolean isBytesLike(Object value) {
        return value instanceof PBytes || value instanceof PByteArray;
    }
}
