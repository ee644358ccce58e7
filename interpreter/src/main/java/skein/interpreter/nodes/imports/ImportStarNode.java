package skein.interpreter.nodes.imports;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinContext;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.variables.Globals;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PModule;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code from module import *}: the names in {@code __all__}, or every public global, bound in
 * the module's globals (or in the locals that exec'd code runs with).
 */
public final class ImportStarNode extends StatementNode {

    private final String moduleName;
    private final int level;

    public ImportStarNode(String moduleName, int level) {
        this.moduleName = moduleName;
        this.level = level;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PDict globals = Globals.of(frame);
        Object module = SkeinContext.get(this).importSystem().importName(moduleName, globals, true, level);
        Object locals = PArguments.getExtra(frame);
        copy(module, locals != null ? locals : globals);
    }

    @TruffleBoundary
    private static void copy(Object module, Object namespace) {
        Object all = Attributes.getOrNull(module, "__all__");
        if (all != null) {
            for (Object name : Iteration.toArray(all)) {
                if (!(name instanceof String s)) {
                    throw PythonErrors.typeError("Item in " + "__all__" + " must be str, not "
                            + skein.interpreter.runtime.TypeOf.name(name));
                }
                Subscripts.setItem(namespace, s, Attributes.get(module, s));
            }
            return;
        }
        PDict source = module instanceof PModule m ? m.globals() : null;
        if (source == null) {
            return;
        }
        for (PDict.Entry e : source.entrySnapshot()) {
            if (e.key instanceof String name && !name.startsWith("_")) {
                Subscripts.setItem(namespace, name, e.value());
            }
        }
    }
}
