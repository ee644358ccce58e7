package skein.interpreter.runtime.codecs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import skein.interpreter.runtime.exception.PException;

/**
 * Streams cut into pieces at random points and fed to a {@link StreamDecoder}, against what
 * CPython 3.11's incremental decoders made of the same pieces ({@code resources/text/
 * record_streams.py}): the text of each piece, the error and its position (counted from the
 * bytes that waited), and the decoder's state at the end.
 */
class StreamDecoderTest {

    @Test
    void piecesDecodeAsCPythonsIncrementalDecoders() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String[] fields : read()) {
            String actual = outcome(fields[0], fields[1], pieces(fields[2]));
            checked++;
            if (!fields[3].equals(actual)) {
                mismatches.add(String.join(" ", fields[0], fields[1], fields[2]) + "\n    expected " + fields[3]
                        + "\n    actual   " + actual);
            }
        }
        assertTrue(checked > 0, "no cases");
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + checked + " streams differ from CPython:\n"
                    + String.join("\n", mismatches.subList(0, Math.min(30, mismatches.size()))));
        }
    }

    private static String outcome(String encoding, String errors, List<byte[]> pieces) {
        StreamDecoder decoder = StreamDecoder.of(encoding, errors);
        List<String> texts = new ArrayList<>();
        try {
            for (int i = 0; i < pieces.size(); i++) {
                texts.add(codes(decoder.decode(pieces.get(i), i == pieces.size() - 1)));
            }
        } catch (PException e) {
            return String.join("/", texts) + "!" + e.typeName() + ":" + asciiText(e.messageText());
        }
        return String.join("/", texts) + "=" + HexFormat.of().formatHex(decoder.waiting()) + ":" + decoder.flags();
    }

    private static List<byte[]> pieces(String field) {
        List<byte[]> pieces = new ArrayList<>();
        for (String piece : field.split("/", -1)) {
            pieces.add(HexFormat.of().parseHex(piece));
        }
        return pieces;
    }

    /** The message as the recorder wrote it: non-ASCII characters backslash-escaped. */
    private static String asciiText(String message) {
        StringBuilder out = new StringBuilder();
        message.codePoints().forEach(c -> out.append(c < 128 ? Character.toString(c) : Encoding.backslashEscape(c)));
        return out.toString();
    }

    /** Code points in hex, a lone surrogate counting as one, as Python sees it. */
    private static String codes(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(out.isEmpty() ? "" : " ").append(Integer.toHexString(c)));
        return out.toString();
    }

    private static List<String[]> read() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = StreamDecoderTest.class.getResourceAsStream("/text/streams.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing vector file streams.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
