package skein.interpreter.translator;

import skein.interpreter.nodes.generators.ResumePoints;

import java.util.function.Supplier;

/**
 * Records, while a compound statement's parts are translated, which yield points each part
 * gets: the {@link ResumePoints} a generator resuming in that statement goes by.
 */
final class PartRanges {

    private final FunctionContext function;
    private final int[] first;
    private final int[] end;

    PartRanges(FunctionContext function, int parts) {
        this.function = function;
        this.first = new int[parts];
        this.end = new int[parts];
    }

    /** Translates part {@code index}, noting the yield points it makes. */
    <T> T part(int index, Supplier<T> translation) {
        first[index] = function.yieldPoints();
        T result = translation.get();
        end[index] = function.yieldPoints();
        return result;
    }

    /** The statement's resume points, or null when no part can suspend (the statement never resumes). */
    ResumePoints build() {
        for (int i = 0; i < first.length; i++) {
            if (first[i] < end[i]) {
                return new ResumePoints(first, end);
            }
        }
        return null;
    }

    /** Whether some part made a yield point. */
    boolean suspends() {
        return build() != null;
    }
}
