package skein.conformance.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the source of every Python row of the manifest (program, fragment, cell) as
 * {@code <id>.py} into a folder, after checking the manifest against the notes, so that the
 * CPython recorder ({@code conformance/record}) runs exactly the text this extractor finds.
 *
 * <p>Usage: {@code ExtractSnippets NOTES_FOLDER MANIFEST OUTPUT_FOLDER}
 */
public final class ExtractSnippets {

    private ExtractSnippets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ExtractSnippets NOTES_FOLDER MANIFEST OUTPUT_FOLDER");
            System.exit(2);
        }
        List<NoteBlock> blocks = NoteExtractor.extractFolder(Path.of(args[0]));
        List<ManifestRow> rows = Manifest.read(Path.of(args[1]));
        if (!ManifestCheck.matches(blocks, rows)) {
            System.err.println("The manifest does not match the notes.\n--- manifest\n" + ManifestCheck.expected(rows)
                    + "--- notes\n" + ManifestCheck.actual(blocks, rows));
            System.exit(1);
        }
        Map<String, NoteBlock> blocksById = new HashMap<>();
        for (NoteBlock block : blocks) {
            blocksById.put(block.note() + "\t" + block.id(), block);
        }
        Path output = Path.of(args[2]);
        Files.createDirectories(output);
        for (ManifestRow row : rows) {
            if (row.kind().isPython()) {
                NoteBlock block = blocksById.get(row.note() + "\t" + row.blockId());
                Files.writeString(output.resolve(row.id() + ".py"), block.text(), StandardCharsets.UTF_8);
            }
        }
    }
}
