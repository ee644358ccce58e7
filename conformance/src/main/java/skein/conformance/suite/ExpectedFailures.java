package skein.conformance.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ratchet: {@code conformance/expected-failures.txt} lists the snippets Skein does not pass
 * yet, one per line as {@code id reason}. A snippet not listed must pass, and a listed one must
 * still fail, so that the list only ever shrinks.
 */
public final class ExpectedFailures {

    private final Map<String, String> reasons;

    private ExpectedFailures(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    public static ExpectedFailures load(Path file) throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s+", 2);
                reasons.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return new ExpectedFailures(reasons);
    }

    public boolean lists(String id) {
        return reasons.containsKey(id);
    }

    /** The reason given for a listed snippet, or null. */
    public String reason(String id) {
        return reasons.get(id);
    }
}
