package skein.conformance.suite;

import skein.conformance.notes.ManifestRow;

/**
 * How one snippet fared: its row, its verdict, the first difference from CPython's recording
 * (null when none), and what the note's own printed output says about Skein's (null when the
 * note shows none for it).
 */
public record SnippetResult(ManifestRow row, Verdict verdict, String firstDifference, String noteOutput) {

    public enum Verdict {
        /** As CPython. */
        PASS,
        /** Differs from CPython. */
        FAIL,
        /** Differs from CPython, and is on the expected-failures list. */
        EXPECTED_FAILURE,
        /** Is on the expected-failures list but now runs as CPython does: take it off. */
        UNEXPECTED_PASS;

        /** Whether the ratchet accepts this verdict. */
        public boolean accepted() {
            return this == PASS || this == EXPECTED_FAILURE;
        }

        public String label() {
            return switch (this) {
                case PASS -> "pass";
                case FAIL -> "fail";
                case EXPECTED_FAILURE -> "expected failure";
                case UNEXPECTED_PASS -> "passes, but listed as failing";
            };
        }
    }
}
