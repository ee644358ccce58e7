package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Which base decides the Java layout of a new class's instances. Two bases whose layouts are
 * unrelated (a list and a dict, say) cannot be combined: CPython's "instance lay-out conflict".
 */
public final class SolidBases {

    private SolidBases() {
    }

    @TruffleBoundary
    public static PythonClass pick(PythonClass[] bases) {
        PythonClass winner = null;
        for (PythonClass base : bases) {
            PythonClass solid = base.getSolidBase();
            if (winner == null || solid.isSubclassOf(winner.getSolidBase())) {
                winner = base;
            } else if (!winner.getSolidBase().isSubclassOf(solid)) {
                throw PythonErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }
}
