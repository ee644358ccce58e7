package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.objects.PDict;
import skein.interpreter.runtime.PArguments;

/**
 * At the top of module code that annotates names: an empty {@code __annotations__} dict in its
 * namespace (exec's locals, or the globals) unless one is there already (CPython's
 * SETUP_ANNOTATIONS), so that code run again in the same namespace, such as the next notebook
 * cell or exec, adds to the annotations.
 */
public final class SetupAnnotationsNode extends StatementNode {

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object locals = PArguments.getExtra(frame);
        setup(locals != null ? locals : Globals.of(frame));
    }

    @TruffleBoundary
    private static void setup(Object namespace) {
        PDict fresh = new PDict(SkeinLanguage.types().dictType);
        if (namespace instanceof PDict dict) {
            dict.setDefault("__annotations__", fresh);
        } else if (NamespaceAccess.get(namespace, "__annotations__") == null) {
            NamespaceAccess.set(namespace, "__annotations__", fresh);
        }
    }
}
