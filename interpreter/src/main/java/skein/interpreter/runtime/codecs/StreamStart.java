package skein.interpreter.runtime.codecs;

import java.util.Arrays;

/**
 * How a codec that marks its streams reads and writes their start. The first piece of a stream
 * is decoded by the marking codec itself, which skips the mark; {@code marks[i]} then selects
 * {@code rest[i]} for the rest of the stream. A stream without a mark raises UnicodeError with
 * {@code unmarkedError} once its first unit is read, or continues with {@code rest[0]} when that
 * is null. Writing, the mark comes with the first write and {@code rest[0]} encodes the others.
 *
 * <p>The index of the codec reading the rest is the decoder state CPython reports (and a tell()
 * cookie carries); {@code rest.length} stands for a stream whose start is not read yet.
 *
 * @param keepsPartialMark whether input too short to be told from a mark waits even at the end
 *                         (CPython's utf-8-sig then gives no text at all)
 */
record StreamStart(byte[][] marks, Codec[] rest, String unmarkedError, boolean keepsPartialMark) {

    int markLength() {
        return marks[0].length;
    }

    /** The index of the mark the data starts with, or -1. */
    int markAt(byte[] data) {
        for (int i = 0; i < marks.length; i++) {
            if (data.length >= markLength() && Arrays.equals(data, 0, markLength(), marks[i], 0, markLength())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the data, shorter than a mark, is how one begins. */
    boolean mayBeMark(byte[] data) {
        for (byte[] mark : marks) {
            if (data.length < mark.length && Arrays.equals(data, 0, data.length, mark, 0, data.length)) {
                return true;
            }
        }
        return false;
    }
}
