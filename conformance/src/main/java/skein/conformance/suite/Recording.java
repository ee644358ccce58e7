package skein.conformance.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What CPython did with a snippet, as {@code conformance/record} wrote it to
 * {@code recorded/<id>.expected}: comment lines, then {@code status:}, {@code exit:},
 * {@code stderr-last-line:}, and after {@code --- stdout} the exact bytes it printed.
 */
public record Recording(Outcome.Status status, int exitStatus, String stderrLastLine, byte[] stdout) {

    private static final byte[] STDOUT_MARKER = "--- stdout\n".getBytes(StandardCharsets.UTF_8);

    public static Recording load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int marker = indexOf(bytes, STDOUT_MARKER);
        if (marker < 0) {
            throw new IOException(file + ": no '--- stdout' line");
        }
        Outcome.Status status = Outcome.Status.FINISHED;
        int exit = -1;
        String stderrLast = "";
        for (String line : new String(bytes, 0, marker, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("status: ")) {
                status = switch (line.substring(8).strip()) {
                    case "finished" -> Outcome.Status.FINISHED;
                    case "still-running" -> Outcome.Status.STILL_RUNNING;
                    case "not-run" -> Outcome.Status.NOT_RUN;
                    default -> throw new IOException(file + ": unknown status " + line);
                };
            } else if (line.startsWith("exit:")) {
                String value = line.substring(5).strip();
                exit = value.isEmpty() ? -1 : Integer.parseInt(value);
            } else if (line.startsWith("stderr-last-line:")) {
                stderrLast = line.substring("stderr-last-line:".length()).strip();
            }
        }
        return new Recording(status, exit, stderrLast, Arrays.copyOfRange(bytes, marker + STDOUT_MARKER.length, bytes.length));
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (i > 0 && bytes[i - 1] != '\n') {
                continue;
            }
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
