package skein.conformance.suite;

import java.util.Set;

/** Whether Skein's run of a snippet ended as CPython's recorded one did, and if not, the first difference. */
final class Judgement {

    private Judgement() {
    }

    /** Null when they agree. */
    static String firstDifference(Recording expected, Outcome actual, Comparison.Order order, Set<Normalisation> extra) {
        String output = Comparison.firstDifference(expected.stdoutText(), actual.stdoutText(), order, extra);
        if (output != null) {
            return "stdout " + output;
        }
        if (expected.status() != actual.status()) {
            return "status: expected " + describe(expected.status()) + " but was " + describe(actual.status());
        }
        if (expected.status() != Outcome.Status.FINISHED) {
            return null;
        }
        if (expected.exitStatus() != actual.exitStatus()) {
            return "exit status: expected " + expected.exitStatus() + " but was " + actual.exitStatus();
        }
        String wantErr = Normalisation.all(expected.stderrLastLine(), extra);
        String gotErr = Normalisation.all(actual.stderrLastLine(), extra);
        if (!wantErr.equals(gotErr)) {
            return "last stderr line: expected <" + wantErr + "> but was <" + gotErr + ">";
        }
        return null;
    }

    private static String describe(Outcome.Status status) {
        return switch (status) {
            case FINISHED -> "finished";
            case STILL_RUNNING -> "still running at its budget";
            case NOT_RUN -> "not run";
        };
    }
}
