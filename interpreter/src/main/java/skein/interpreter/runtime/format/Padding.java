package skein.interpreter.runtime.format;

/** Fill characters for widths, and the limit on how long a text Java can build. */
final class Padding {

    /** Java strings hold at most about 2^31 UTF-16 units; CPython would try and fail with MemoryError. */
    private static final long MAX_LENGTH = Integer.MAX_VALUE - 16;

    private Padding() {
    }

    /**
     * Refuses texts longer than a Java string can be, the way the JVM refuses an allocation
     * too large for it: the interpreter turns {@link OutOfMemoryError} into Python's MemoryError.
     */
    static void checkLength(long length) {
        if (length > MAX_LENGTH) {
            throw new OutOfMemoryError("text of " + length + " characters");
        }
    }

    /** Appends {@code count} copies of a character (a code point, possibly outside the BMP). */
    static void append(StringBuilder out, int fill, long count) {
        if (count <= 0) {
            return;
        }
        checkLength(out.length() + count * Character.charCount(fill));
        out.repeat(fill, (int) count);
    }
}
