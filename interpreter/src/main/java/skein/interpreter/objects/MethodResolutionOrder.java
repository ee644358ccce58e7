package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization, the order in which Python searches a class and its bases. */
final class MethodResolutionOrder {

    private MethodResolutionOrder() {
    }

    @TruffleBoundary
    static PythonClass[] compute(PythonClass cls, PythonClass[] bases) {
        List<List<PythonClass>> sequences = new ArrayList<>();
        for (PythonClass base : bases) {
            sequences.add(new ArrayList<>(List.of(base.getMro())));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        List<PythonClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PythonClass[0]);
            }
            PythonClass next = null;
            for (List<PythonClass> sequence : sequences) {
                PythonClass candidate = sequence.get(0);
                if (!appearsInATail(candidate, sequences)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                throw PythonErrors.typeError(inconsistencyMessage(bases));
            }
            result.add(next);
            for (List<PythonClass> sequence : sequences) {
                if (sequence.get(0) == next) {
                    sequence.remove(0);
                }
            }
        }
    }

    private static boolean appearsInATail(PythonClass candidate, List<List<PythonClass>> sequences) {
        for (List<PythonClass> sequence : sequences) {
            if (sequence.indexOf(candidate) > 0) {
                return true;
            }
        }
        return false;
    }

    private static String inconsistencyMessage(PythonClass[] bases) {
        StringBuilder names = new StringBuilder();
        for (PythonClass base : bases) {
            if (!names.isEmpty()) {
                names.append(", ");
            }
            names.append(base.getName());
        }
        return "Cannot create a consistent method resolution\norder (MRO) for bases " + names;
    }
}
