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
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import skein.interpreter.runtime.exception.PException;

/**
 * Decoding and encoding of random, often malformed input with every error handler, against
 * the outcomes {@code resources/text/record.py} recorded from CPython 3.11: the results, and
 * the exceptions with their messages (which carry CPython's error ranges).
 */
class CodecsTest {

    @Test
    void decodingAndEncodingMatchCPython() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String[] fields : read()) {
            String encoding = fields[1];
            String errors = fields[2];
            String actual;
            if (fields[0].equals("D")) {
                byte[] data = HexFormat.of().parseHex(fields[3]);
                actual = outcome(() -> "=" + codes(Codecs.decode(data, encoding, errors)));
            } else {
                String text = text(fields[3]);
                actual = outcome(() -> "=" + HexFormat.of().formatHex(Codecs.encode(text, encoding, errors)));
            }
            checked++;
            if (!fields[4].equals(actual)) {
                mismatches.add(String.join(" ", fields[0], encoding, errors, fields[3]) + "\n    expected " + fields[4]
                        + "\n    actual   " + actual);
            }
        }
        assertTrue(checked > 0, "no cases");
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + checked + " cases differ from CPython:\n"
                    + String.join("\n", mismatches.subList(0, Math.min(30, mismatches.size()))));
        }
    }

    private static String outcome(Supplier<String> computation) {
        try {
            return computation.get();
        } catch (PException e) {
            return "!" + e.typeName() + ":" + asciiText(e.messageText());
        }
    }

    /** The message as the recorder wrote it: non-ASCII characters backslash-escaped. */
    private static String asciiText(String message) {
        StringBuilder out = new StringBuilder();
        message.codePoints().forEach(c -> out.append(c < 128 ? Character.toString(c) : Encoding.backslashEscape(c)));
        return out.toString();
    }

    private static String text(String field) {
        StringBuilder out = new StringBuilder();
        if (!field.isEmpty()) {
            for (String code : field.split(" ")) {
                out.appendCodePoint(Integer.parseInt(code, 16));
            }
        }
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
        try (InputStream in = CodecsTest.class.getResourceAsStream("/text/codecs.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing vector file codecs.txt");
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
