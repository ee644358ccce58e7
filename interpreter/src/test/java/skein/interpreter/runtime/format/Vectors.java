package skein.interpreter.runtime.format;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import skein.interpreter.runtime.exception.PException;

/**
 * Reads the vector files that {@code record.py} recorded from CPython, and checks cases
 * against them, collecting every mismatch before failing. The file format is described in
 * {@code record.py}.
 */
final class Vectors {

    /** One case: its line number and its fields, unescaped. */
    record Case(int line, List<String> fields) {
        String field(int index) {
            return fields.get(index);
        }

        /** The last field: the expected outcome. */
        String expected() {
            return fields.get(fields.size() - 1);
        }

        int size() {
            return fields.size();
        }
    }

    /** A Python exception the test's own object model raises, KeyError for instance. */
    static final class TestPythonError extends RuntimeException {
        final String typeName;

        TestPythonError(String typeName, String message) {
            super(message);
            this.typeName = typeName;
        }
    }

    private final String file;
    private final List<String> mismatches = new ArrayList<>();
    private int checked;

    private Vectors(String file) {
        this.file = file;
    }

    /** Runs a check over every case of a vector file, then fails listing the mismatches. */
    static void check(String file, CaseCheck check) {
        Vectors vectors = new Vectors(file);
        for (Case c : read(file)) {
            check.check(c, vectors);
        }
        vectors.finish();
    }

    interface CaseCheck {
        void check(Case c, Vectors vectors);
    }

    /** Compares an outcome ("=result" or "!Type:message") with the recorded one. */
    void expect(Case c, String actual, String what) {
        expect(c, c.expected(), actual, what);
    }

    void expect(Case c, String expected, String actual, String what) {
        checked++;
        if (!expected.equals(actual)) {
            mismatches.add(file + ":" + c.line() + " " + what + "\n    expected " + expected + "\n    actual   " + actual);
        }
    }

    private void finish() {
        assertTrue(checked > 0, file + " has no cases");
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + checked + " cases differ from CPython:\n"
                    + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
        }
    }

    /** The outcome of a computation in the files' notation. */
    static String outcome(Supplier<String> computation) {
        try {
            return "=" + computation.get();
        } catch (PException e) {
            return "!" + e.typeName() + ":" + e.messageText();
        } catch (TestPythonError e) {
            return "!" + e.typeName + ":" + e.getMessage();
        } catch (RuntimeException e) {
            return "!Java " + e;
        }
    }

    static List<Case> read(String file) {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = Vectors.class.getResourceAsStream("/format/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing vector file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    continue;
                }
                List<String> fields = new ArrayList<>();
                for (String field : line.split("\t", -1)) {
                    fields.add(unescape(field));
                }
                cases.add(new Case(number, fields));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return cases;
    }

    /** Undoes record.py's escaping: a doubled backslash, backslash-u with 4 and backslash-U with 8 hex digits. */
    static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char kind = field.charAt(++i);
            if (kind == '\\') {
                out.append('\\');
            } else {
                int digits = kind == 'u' ? 4 : 8;
                out.appendCodePoint(Integer.parseInt(field.substring(i + 1, i + 1 + digits), 16));
                i += digits;
            }
        }
        return out.toString();
    }

    /** A Python int: {@code Long} when it fits, else {@code BigInteger}. */
    static Number parseInt(String decimal) {
        BigInteger value = new BigInteger(decimal);
        return value.bitLength() < 64 ? (Number) value.longValue() : value;
    }

    static String intText(Number value) {
        return value.toString();
    }

    /** A float as record.py writes it: float.hex, or inf, -inf, nan, -nan. */
    static double parseFloat(String text) {
        return switch (text) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            case "-nan" -> Double.longBitsToDouble(0xfff8000000000000L);
            default -> Double.parseDouble(text);
        };
    }

    /** Python's float.hex, with NaN's sign shown. */
    static String floatText(double x) {
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (Double.isNaN(x)) {
            return sign + "nan";
        }
        if (Double.isInfinite(x)) {
            return sign + "inf";
        }
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0 && mantissa == 0) {
            return sign + "0x0.0p+0";
        }
        String fraction = String.format("%013x", mantissa);
        if (exponent == 0) {
            return sign + "0x0." + fraction + "p-1022";
        }
        int unbiased = exponent - 1023;
        return sign + "0x1." + fraction + "p" + (unbiased >= 0 ? "+" : "") + unbiased;
    }
}
