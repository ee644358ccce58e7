package skein.interpreter.runtime.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Case mapping and character classes of every code point against CPython 3.11, from the
 * vectors {@code resources/text/record.py} recorded. Code points Unicode 14.0 leaves unassigned
 * are skipped: Java knows a newer Unicode version.
 */
class UnicodeDataTest {

    /**
     * Characters whose properties changed between Unicode 14.0 (CPython 3.11) and the newer
     * version Java implements; Skein follows Java for them.
     */
    private static final Set<Integer> CHANGED_SINCE_UNICODE_14 = Set.of(
            0x019B, // LATIN SMALL LETTER LAMBDA WITH STROKE: uppercase U+A7DC added in Unicode 16
            0x0264, // LATIN SMALL LETTER RAMS HORN: uppercase U+A7CB added in Unicode 16
            0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69, // modifier letters made Lowercase in Unicode 15
            0x30FB, 0xFF65); // KATAKANA MIDDLE DOT: made ID_Continue in Unicode 15.1

    /** The class vectors: runs of code points, including whether Unicode 14.0 assigns them. */
    private static final List<String[]> CLASS_RUNS = read("classes.txt");

    @Test
    void caseMappingsMatchCPython() {
        Map<Integer, String[]> listed = new HashMap<>();
        for (String[] fields : read("case_mapping.txt")) {
            listed.put(Integer.parseInt(fields[0], 16), fields);
        }
        String[] names = {"upper", "lower", "title", "casefold", "swapcase"};
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String[] run : CLASS_RUNS) {
            if (run[11].equals("0")) {
                continue;
            }
            for (int c = Integer.parseInt(run[0], 16); c <= Integer.parseInt(run[1], 16); c++) {
                if (CHANGED_SINCE_UNICODE_14.contains(c)) {
                    continue;
                }
                String s = Character.toString(c);
                String[] fields = listed.get(c);
                String[] actual = {CaseMapping.upper(s), CaseMapping.lower(s), CaseMapping.title(s),
                    CaseMapping.casefold(s), CaseMapping.swapcase(s)};
                for (int k = 0; k < names.length; k++) {
                    checked++;
                    String expected = fields == null ? s : text(fields[k + 1]);
                    if (!expected.equals(actual[k])) {
                        mismatches.add(String.format("U+%04X %s: expected %s, got %s", c, names[k], codes(expected),
                                codes(actual[k])));
                    }
                }
            }
        }
        finish(checked, mismatches);
    }

    @Test
    void characterClassesMatchCPython() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String[] fields : read("classes.txt")) {
            if (fields[11].equals("0")) {
                continue;
            }
            int first = Integer.parseInt(fields[0], 16);
            int last = Integer.parseInt(fields[1], 16);
            String expected = String.join(" ", List.of(fields).subList(2, 11));
            for (int c = first; c <= last; c++) {
                if (CHANGED_SINCE_UNICODE_14.contains(c)) {
                    continue;
                }
                checked++;
                String actual = classes(Character.toString(c));
                if (!expected.equals(actual)) {
                    mismatches.add(String.format("U+%04X classes: expected %s, got %s", c, expected, actual));
                }
            }
        }
        finish(checked, mismatches);
    }

    /** The flags the vectors hold, in their order. */
    private static String classes(String s) {
        boolean[] flags = {TextPredicates.isAlpha(s, TextKind.STR), TextPredicates.isDecimal(s),
            TextPredicates.isDigit(s, TextKind.STR), TextPredicates.isNumeric(s), TextPredicates.isIdentifier(s),
            TextPredicates.isIdentifier("a" + s), TextPredicates.isUpper(s, TextKind.STR),
            TextPredicates.isLower(s, TextKind.STR),
            TextPredicates.isTitle(s, TextKind.STR) && !TextPredicates.isUpper(s, TextKind.STR)};
        StringBuilder out = new StringBuilder();
        for (boolean flag : flags) {
            out.append(out.isEmpty() ? "" : " ").append(flag ? '1' : '0');
        }
        return out.toString();
    }

    private static String text(String field) {
        StringBuilder out = new StringBuilder();
        for (String code : field.split(" ")) {
            out.appendCodePoint(Integer.parseInt(code, 16));
        }
        return out.toString();
    }

    private static String codes(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(out.isEmpty() ? "" : " ").append(String.format("%04X", c)));
        return out.toString();
    }

    private static void finish(int checked, List<String> mismatches) {
        assertTrue(checked > 0, "no cases");
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + checked + " cases differ from CPython:\n"
                    + String.join("\n", mismatches.subList(0, Math.min(60, mismatches.size()))));
        }
    }

    private static List<String[]> read(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = UnicodeDataTest.class.getResourceAsStream("/text/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing vector file " + file);
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
