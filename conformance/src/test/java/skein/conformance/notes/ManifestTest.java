package skein.conformance.notes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading and writing manifest rows, and the errors a malformed row gets. */
class ManifestTest {

    private static final String NOTE = "004_c26f252e8fea8216.txt";

    private static String manifest(String... rows) {
        return Manifest.HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    @Test
    void aRowReadsIntoItsFieldsAndIsWrittenBackAsItWas() {
        String text = manifest(
                "004-49\t" + NOTE + "\t49\tprogram\t\t10\tlines\tconcurrent.futures,multiprocessing\t\t\tas written",
                "004-49-arg\t" + NOTE + "\t49\tprogram\t\t10\tmultiset\tconcurrent.futures\t10 20\t\twith N",
                "004-80\t" + NOTE + "\t80\toutput\t\t\t\t\t\t004-49\t");
        List<ManifestRow> rows = Manifest.parse(text);
        assertEquals(new ManifestRow("004-49-arg", NOTE, 49, ManifestRow.Kind.PROGRAM, "", 10, ManifestRow.Order.MULTISET,
                List.of("concurrent.futures"), List.of("10", "20"), "", "with N"), rows.get(1));
        assertEquals("004-49", rows.get(1).blockId());
        assertEquals(0, rows.get(2).budgetSeconds());
        assertEquals(text, Manifest.format(rows));
    }

    @Test
    void malformedRowsAreRefusedWithTheirLine() {
        assertMalformed("manifest line 2: has 3 fields, not 11", manifest("004-49\t" + NOTE + "\t49"));
        assertMalformed("manifest line 2: id 004-50 must be 004-49, or 004-49-<case>",
                manifest("004-50\t" + NOTE + "\t49\tprogram\t\t10\tlines\t\t\t\t"));
        assertMalformed("manifest line 2: kind 'script' is not one of [program, fragment, cell, output, shell, prose]",
                manifest("004-49\t" + NOTE + "\t49\tscript\t\t10\tlines\t\t\t\t"));
        assertMalformed("manifest line 2: budget must be a positive whole number, not ''",
                manifest("004-49\t" + NOTE + "\t49\tprogram\t\t\tlines\t\t\t\t"));
        assertMalformed("manifest line 2: budget and order are empty for a block that is not run",
                manifest("004-49\t" + NOTE + "\t49\tshell\t\t10\tlines\t\t\t\t"));
        assertMalformed("manifest line 2: session must be the note number for a cell and empty otherwise",
                manifest("004-49\t" + NOTE + "\t49\tcell\t\t10\tlines\t\t\t\t"));
        assertMalformed("manifest line 2: uses names os, not one of "
                        + "[threading, multiprocessing, queue, concurrent.futures, asyncio]",
                manifest("004-49\t" + NOTE + "\t49\tprogram\t\t10\tlines\tos\t\t\t"));
        assertMalformed("manifest line 2: only an output row names an oracle snippet",
                manifest("004-49\t" + NOTE + "\t49\tprogram\t\t10\tlines\t\t\t004-48\t"));
        assertMalformed("manifest line 3: id 004-49 appears twice", manifest(
                "004-49\t" + NOTE + "\t49\tshell\t\t\t\t\t\t\t", "004-49\t" + NOTE + "\t49\tshell\t\t\t\t\t\t\t"));
        assertMalformed("manifest: the first line must be the header\n" + Manifest.HEADER, "id\tnote\n");
    }

    private static void assertMalformed(String message, String text) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Manifest.parse(text)).getMessage());
    }
}
