package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.runtime.PArguments;

/** Where a frame's globals are: in the function object it runs. */
public final class Globals {

    private Globals() {
    }

    public static PDict of(VirtualFrame frame) {
        return ((PFunction) PArguments.getCallee(frame)).globals();
    }
}
