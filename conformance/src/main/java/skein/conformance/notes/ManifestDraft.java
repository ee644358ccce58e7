package skein.conformance.notes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first manifest for a folder of someone's own notes, to review before recording: notebook
 * cells are cells; a fence tagged as Python, or untagged and starting like Python code, is a
 * program; one tagged as a shell is a shell command; anything else is output. Budgets are 10
 * seconds, orders line by line, and the concurrency modules a snippet imports are its uses.
 */
public final class ManifestDraft {

    private static final int DEFAULT_BUDGET = 10;
    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*(?:import|from)\\s+(threading|multiprocessing|queue|concurrent\\.futures|concurrent|asyncio)\\b",
            Pattern.MULTILINE);
    private static final Pattern PYTHON_START = Pattern.compile(
            "^\\s*(?:import|from|def|class|async|print\\(|if __name__|for |while |with |try:|@)", Pattern.MULTILINE);

    private ManifestDraft() {
    }

    public static List<ManifestRow> draft(List<NoteBlock> blocks) {
        List<ManifestRow> rows = new ArrayList<>();
        for (NoteBlock block : blocks) {
            ManifestRow.Kind kind = kindOf(block);
            boolean runs = kind.isPython();
            String session = kind == ManifestRow.Kind.CELL ? NoteBlock.noteNumber(block.note()) : "";
            rows.add(new ManifestRow(block.id(), block.note(), block.line(), kind, session, runs ? DEFAULT_BUDGET : 0,
                    runs ? ManifestRow.Order.LINES : null, runs ? uses(block.text()) : List.of(), List.of(), "", "draft"));
            if (block.origin() instanceof NoteBlock.Cell cell && cell.hasOutput()) {
                rows.add(new ManifestRow(block.outputId(), block.note(), cell.outputLine(), ManifestRow.Kind.OUTPUT, "", 0,
                        null, List.of(), List.of(), block.id(), "draft"));
            }
        }
        return rows;
    }

    private static ManifestRow.Kind kindOf(NoteBlock block) {
        if (block.origin() instanceof NoteBlock.Cell) {
            return ManifestRow.Kind.CELL;
        }
        String language = ((NoteBlock.Fence) block.origin()).language().toLowerCase(Locale.ROOT);
        if (language.equals("python") || language.equals("py") || language.equals("python3")
                || (language.isEmpty() && PYTHON_START.matcher(block.text()).lookingAt())) {
            return ManifestRow.Kind.PROGRAM;
        }
        if (Set.of("sh", "bash", "shell", "console", "shell-session").contains(language)) {
            return ManifestRow.Kind.SHELL;
        }
        return ManifestRow.Kind.OUTPUT;
    }

    private static List<String> uses(String text) {
        Set<String> modules = new LinkedHashSet<>();
        Matcher matcher = IMPORT.matcher(text);
        while (matcher.find()) {
            String module = matcher.group(1);
            modules.add(module.equals("concurrent") ? "concurrent.futures" : module);
        }
        return List.copyOf(modules);
    }
}
