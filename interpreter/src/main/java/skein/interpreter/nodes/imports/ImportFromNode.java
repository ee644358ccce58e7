package skein.interpreter.nodes.imports;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.SkeinContext;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.variables.Globals;

/** {@code from [.]module import a as x, b}. */
public final class ImportFromNode extends StatementNode {

    private final String moduleName;
    private final int level;
    private final String[] names;
    @Children private final AssignTargetNode[] targets;

    public ImportFromNode(String moduleName, int level, String[] names, AssignTargetNode[] targets) {
        this.moduleName = moduleName;
        this.level = level;
        this.names = names;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        var importer = SkeinContext.get(this).importSystem();
        Object module = importer.importName(moduleName, Globals.of(frame), true, level);
        for (int i = 0; i < names.length; i++) {
            targets[i].assign(frame, importer.importFrom(module, names[i]));
        }
    }
}
