package skein.interpreter.runtime.codecs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Any other encoding Java knows (cp1252, iso8859-15, shift_jis...). One-byte code pages report
 * errors as CPython's table codecs do ("'charmap' codec ... character maps to &lt;undefined&gt;");
 * multibyte ones name the codec and say the sequence is illegal or incomplete.
 */
final class CharsetCodec implements Codec {

    private static final String UNDEFINED = "character maps to <undefined>";

    private final Charset charset;
    private final String name;
    private final boolean singleByte;

    CharsetCodec(Charset charset, String pythonName) {
        this.charset = charset;
        this.singleByte = charset.newEncoder().maxBytesPerChar() == 1.0f;
        this.name = singleByte ? "charmap" : pythonName;
    }

    @Override
    public byte[] encode(String text, String errors) {
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Encoding encoding = new Encoding(name, text, errors, new Encoding.Writer() {
            @Override
            public void writeAscii(ByteSink out, char c) {
                out.write(c);
            }

            @Override
            public boolean writeSurrogate(ByteSink out, int surrogate) {
                return false;
            }

            @Override
            public Encoding.SurrogateEscape surrogateEscape() {
                return Encoding.SurrogateEscape.WHOLE_RUN;
            }
        });
        int[] codePoints = encoding.codePoints;
        int i = 0;
        while (i < codePoints.length) {
            int end = i;
            while (end < codePoints.length && canEncode(encoder, codePoints[end])) {
                end++;
            }
            if (end > i) {
                writeEncoded(encoder, encoding.out, codePoints, i, end);
                i = end;
                continue;
            }
            while (end < codePoints.length && !canEncode(encoder, codePoints[end])) {
                end++;
            }
            String reason = singleByte ? UNDEFINED : "illegal multibyte sequence";
            i = encoding.error(i, singleByte ? end : i + 1, reason);
        }
        return encoding.result();
    }

    private static boolean canEncode(CharsetEncoder encoder, int codePoint) {
        return !(codePoint >= 0xD800 && codePoint <= 0xDFFF) && encoder.canEncode(Character.toString(codePoint));
    }

    private static void writeEncoded(CharsetEncoder encoder, ByteSink out, int[] codePoints, int from, int to) {
        String run = new String(codePoints, from, to - from);
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(run));
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.arrayOffset() + bytes.limit());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("encodable run failed to encode", e);
        }
    }

    @Override
    public Decoded decode(byte[] data, String errors, boolean last) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Decoding decoding = new Decoding(name, data, errors, last, null);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer chunk = CharBuffer.allocate(Math.max(16, data.length));
        while (true) {
            CoderResult result = decoder.decode(in, chunk, last);
            chunk.flip();
            decoding.out.append(chunk);
            chunk.clear();
            if (result.isUnderflow()) {
                if (!last) {
                    // Java leaves a sequence cut short by the end of a piece unread: it waits for the next.
                    if (in.hasRemaining()) {
                        decoding.holdBack(in.position());
                    }
                    return decoding.result();
                }
                decoder.flush(chunk);
                chunk.flip();
                decoding.out.append(chunk);
                return decoding.result();
            }
            if (result.isError()) {
                int start = in.position();
                int end = Math.min(data.length, start + result.length());
                String reason = singleByte ? UNDEFINED
                        : end == data.length && result.isMalformed() ? "incomplete multibyte sequence"
                        : "illegal multibyte sequence";
                in.position(decoding.error(start, end, reason));
                decoder.reset();
            }
        }
    }
}
