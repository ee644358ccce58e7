package skein.interpreter.nodes.imports;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinContext;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.variables.Globals;

/**
 * {@code import a.b.c} (binds {@code a}) or {@code import a.b.c as x} (binds the module
 * {@code a.b.c} itself).
 */
public final class ImportNode extends StatementNode {

    private final String moduleName;
    private final boolean bindsSubmodule;
    @Child private AssignTargetNode target;

    public ImportNode(String moduleName, boolean bindsSubmodule, AssignTargetNode target) {
        this.moduleName = moduleName;
        this.bindsSubmodule = bindsSubmodule;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        var importer = SkeinContext.get(this).importSystem();
        Object module = bindsSubmodule
                ? importer.importAbsolute(moduleName)
                : importer.importName(moduleName, Globals.of(frame), false, 0);
        target.assign(frame, module);
    }
}
