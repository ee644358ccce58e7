package skein.conformance.notes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A folder of one's own notes gets a first manifest: Python fences and .py files run, the rest does not. */
class ManifestDraftTest {

    @Test
    void draftsKindsAndUsesForAFolderOfOwnNotes(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("mine.md"), """
                # My note

                ```python
                import threading
                print('hi')
                ```

                ```
                hi
                ```

                ```bash
                python3 mine.py
                ```
                """);
        Files.writeString(folder.resolve("script.py"), "from concurrent.futures import ThreadPoolExecutor\nprint(1)\n");
        List<ManifestRow> rows = ManifestDraft.draft(NoteExtractor.extractFolder(folder));
        assertEquals(List.of("mine-4 PROGRAM [threading]", "mine-9 OUTPUT []", "mine-13 SHELL []",
                "script-1 PROGRAM [concurrent.futures]"), rows.stream().map(r -> r.id() + " " + r.kind() + " " + r.uses()).toList());
        assertEquals(rows, Manifest.parse(Manifest.format(rows)), "a draft is a valid manifest");
    }
}
