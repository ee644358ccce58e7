package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.runtime.PArguments;

/** Where a frame's globals and builtins are: in the function object it runs. */
public final class Globals {

    private Globals() {
    }

    public static PFunction function(VirtualFrame frame) {
        return (PFunction) PArguments.getCallee(frame);
    }

    public static PDict of(VirtualFrame frame) {
        return function(frame).globals();
    }

    /** A builtin name's value for this frame's code, or null when its builtins lack it. */
    static Object builtin(VirtualFrame frame, String name) {
        Object builtins = function(frame).builtins();
        return builtins instanceof PDict dict ? dict.getItem(name) : NamespaceAccess.get(builtins, name);
    }
}
