package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.runtime.ResumeSlots;

/**
 * Which yield points each part of a compound statement holds (a block's statements, a loop's
 * test and body...), as half-open ranges of yield-point indices. A resuming body uses it to go
 * straight to the part it suspended in, without re-running the parts before it. Statements in
 * ordinary functions have none.
 */
public final class ResumePoints {

    @CompilationFinal(dimensions = 1) private final int[] first;
    @CompilationFinal(dimensions = 1) private final int[] end;

    public ResumePoints(int[] first, int[] end) {
        this.first = first;
        this.end = end;
    }

    /** The part holding the yield point being resumed at, or -1 when the frame is not resuming. */
    @ExplodeLoop
    public int partToResume(Frame frame) {
        int target = frame.getIntStatic(ResumeSlots.TARGET);
        if (target == ResumeSlots.RUNNING) {
            return -1;
        }
        for (int i = 0; i < first.length; i++) {
            if (first[i] <= target && target < end[i]) {
                return i;
            }
        }
        throw CompilerDirectives.shouldNotReachHere("resuming at a yield point outside this statement");
    }
}
