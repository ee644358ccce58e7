package skein.interpreter.runtime.io;

import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * A text file's position as {@code tell()} gives it and {@code seek()} takes it back: seek to
 * the byte {@code position}, put the decoder in the state {@code decoderFlags} with nothing
 * waiting, decode the next {@code bytesToFeed} bytes (as the last ones if {@code needEof}) and
 * skip {@code charsToSkip} characters of the result. CPython packs the fields into one int,
 * little-endian, as a 64-bit position, three 32-bit ints and a flag byte; Skein packs them the
 * same, so a file read to the same point gives the same number. Plain byte positions are the
 * common case: the other fields are then 0.
 */
record TellCookie(long position, int decoderFlags, int bytesToFeed, int charsToSkip, boolean needEof) {

    private static final int BITS = 8 * (8 + 4 + 4 + 4 + 1);

    /** The cookie as a Python int. */
    Object pack() {
        BigInteger value = BigInteger.valueOf(needEof ? 1 : 0);
        value = value.shiftLeft(32).or(unsigned(charsToSkip));
        value = value.shiftLeft(32).or(unsigned(bytesToFeed));
        value = value.shiftLeft(32).or(unsigned(decoderFlags));
        value = value.shiftLeft(64).or(BigInteger.valueOf(position).and(mask(64)));
        return IntOps.normalize(value);
    }

    /** The fields of a cookie that is not negative; OverflowError, as CPython's, when it has more bits than they hold. */
    static TellCookie unpack(BigInteger value) {
        if (value.bitLength() > BITS) {
            throw PythonErrors.overflowError("int too big to convert");
        }
        long position = value.longValue();
        int flags = value.shiftRight(64).intValue();
        int feed = value.shiftRight(96).intValue();
        int skip = value.shiftRight(128).intValue();
        boolean eof = value.shiftRight(160).and(mask(8)).signum() != 0;
        return new TellCookie(position, flags, feed, skip, eof);
    }

    private static BigInteger unsigned(int field) {
        return BigInteger.valueOf(field & 0xFFFFFFFFL);
    }

    private static BigInteger mask(int bits) {
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }
}
