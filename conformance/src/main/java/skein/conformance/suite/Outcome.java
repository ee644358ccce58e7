package skein.conformance.suite;

import java.nio.charset.StandardCharsets;

/**
 * How one run of a snippet (or of one notebook cell) ended, in the terms of the recordings:
 * its status, exit status, what it printed on stdout and stderr.
 */
public record Outcome(Status status, int exitStatus, byte[] stdout, String stderr) {

    public enum Status {
        /** It ended by itself. */
        FINISHED,
        /** It was still running at its budget and was stopped. */
        STILL_RUNNING,
        /** A cell after one that was stopped: the session ended before it. */
        NOT_RUN
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** The last non-empty line of stderr, or "". */
    public String stderrLastLine() {
        return lastLine(stderr);
    }

    /** The last non-empty line of {@code text}, or "": what the recordings keep of stderr. */
    public static String lastLine(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }
}
