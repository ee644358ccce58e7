package skein.stdlib.random;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * How CPython 3.11's {@code random.seed} turns a seed that is not an int into the integer
 * the generator is keyed with.
 */
public final class Seeds {

    private static final long HASH_MODULUS = (1L << 61) - 1;
    private static final int HASH_BITS = 61;
    private static final long HASH_INF = 314159;
    private static final long FNV_MULTIPLIER = 1000003;

    private Seeds() {
    }

    /** Version 2 for bytes and bytearray: the bytes followed by their SHA-512 digest, read as a big-endian int. */
    public static BigInteger fromBytes(byte[] data) {
        byte[] digest = sha512(data);
        byte[] joined = new byte[data.length + digest.length];
        System.arraycopy(data, 0, joined, 0, data.length);
        System.arraycopy(digest, 0, joined, data.length, digest.length);
        return new BigInteger(1, joined);
    }

    /** Version 2 for str: the UTF-8 encoding, then as {@link #fromBytes}. */
    public static BigInteger fromString(String text) {
        return fromBytes(utf8(text));
    }

    /** Version 1 for str, kept for reproducing Python 2 sequences: a 64-bit FNV-style hash of the code points. */
    public static BigInteger version1(String text) {
        return version1(text.codePoints().toArray());
    }

    /** Version 1 for bytes: the bytes are taken as Latin-1 code points. */
    public static BigInteger version1(byte[] data) {
        int[] codePoints = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            codePoints[i] = data[i] & 0xff;
        }
        return version1(codePoints);
    }

    private static BigInteger version1(int[] codePoints) {
        // Arithmetic on long wraps modulo 2**64, which is the "& 0xFFFFFFFFFFFFFFFF" of CPython.
        long x = codePoints.length == 0 ? 0 : (long) codePoints[0] << 7;
        for (int c : codePoints) {
            x = (FNV_MULTIPLIER * x) ^ c;
        }
        x ^= codePoints.length;
        return new BigInteger(Long.toUnsignedString(x));
    }

    /**
     * A float seed keys the generator with its Python hash read as an unsigned machine word.
     * NaN hashes by object identity in CPython 3.11, so a caller holding the object should
     * use {@link #fromHash} with that identity instead; here NaN takes the pre-3.10 hash 0.
     */
    public static BigInteger fromFloat(double value) {
        return fromHash(floatHash(value));
    }

    /** A hash value as C's {@code (size_t)} cast sees it, which is how CPython seeds with any hashable non-int. */
    public static BigInteger fromHash(long hash) {
        return new BigInteger(Long.toUnsignedString(hash));
    }

    /** Python's {@code hash(float)}: the value modulo the Mersenne prime 2**61 - 1, with the sign kept. */
    static long floatHash(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? HASH_INF : -HASH_INF;
        }
        long bits = Double.doubleToRawLongBits(value);
        int biasedExponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biasedExponent == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biasedExponent - 1075;
        }
        // |value| = mantissa * 2**exponent, and 2**61 is 1 modulo the prime, so the power of
        // two reduces to a rotation by exponent mod 61.
        long reduced = mantissa % HASH_MODULUS;
        long hash = BigInteger.valueOf(reduced)
                .shiftLeft(Math.floorMod(exponent, HASH_BITS))
                .mod(BigInteger.valueOf(HASH_MODULUS))
                .longValueExact();
        if (value < 0) {
            hash = -hash;
        }
        return hash == -1 ? -2 : hash;
    }

    private static byte[] utf8(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw surrogateError(text);
        }
    }

    /** CPython raises UnicodeEncodeError (a ValueError) for a lone surrogate in str.encode(). */
    private static RuntimeException surrogateError(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1), position++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && text.codePointAt(i) == c) {
                return PythonErrors.valueError(String.format(
                        "'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed",
                        (int) c, position));
            }
        }
        throw new IllegalStateException("the UTF-8 encoder only rejects lone surrogates");
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-512", e);
        }
    }
}
