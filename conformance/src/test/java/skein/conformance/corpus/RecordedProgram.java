package skein.conformance.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A test program and what CPython did with it, as {@code tools/record-expected} recorded it:
 * the exit status, the last non-empty stderr line and the exact stdout.
 */
public record RecordedProgram(Path script, List<String> arguments, int exitStatus, String stderrLastLine,
                              byte[] stdout) {

    private static final String ARGV_HEADER = "# argv:";
    private static final String STDOUT_MARKER = "--- stdout\n";

    public static RecordedProgram load(Path script) throws IOException {
        String name = script.getFileName().toString();
        Path expected = script.resolveSibling(name.substring(0, name.length() - 3) + ".expected");
        byte[] recording = Files.readAllBytes(expected);
        String text = new String(recording, StandardCharsets.ISO_8859_1);
        int marker = text.indexOf(STDOUT_MARKER);
        if (marker < 0) {
            throw new IOException("no stdout marker in " + expected);
        }
        int exit = 0;
        String stderr = "";
        for (String line : text.substring(0, marker).split("\n")) {
            if (line.startsWith("exit: ")) {
                exit = Integer.parseInt(line.substring(6).trim());
            } else if (line.startsWith("stderr-last-line: ")) {
                byte[] raw = line.substring(18).getBytes(StandardCharsets.ISO_8859_1);
                stderr = new String(raw, StandardCharsets.UTF_8);
            }
        }
        byte[] stdout = Arrays.copyOfRange(recording, marker + STDOUT_MARKER.length(), recording.length);
        return new RecordedProgram(script, argumentsOf(script), exit, stderr, stdout);
    }

    private static List<String> argumentsOf(Path script) throws IOException {
        byte[] bytes = Files.readAllBytes(script);
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        String first = new String(bytes, 0, end, StandardCharsets.UTF_8);
        if (first.startsWith(ARGV_HEADER)) {
            String rest = first.substring(ARGV_HEADER.length()).trim();
            return rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
        }
        return List.of();
    }

    /** The last stderr line Skein must print: CPython's, its optional "Did you mean" hint aside. */
    public boolean stderrMatches(String actual) {
        if (actual.equals(stderrLastLine)) {
            return true;
        }
        int hint = stderrLastLine.indexOf(". Did you mean: ");
        return hint > 0 && stderrLastLine.endsWith("?") && actual.equals(stderrLastLine.substring(0, hint));
    }
}
