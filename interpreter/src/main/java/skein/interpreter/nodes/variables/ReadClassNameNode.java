package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PDict;
import skein.interpreter.runtime.PArguments;

/**
 * A name read in a class body, or at the top of code run by {@code exec}/{@code eval}: the
 * namespace (the class namespace, or exec's locals) first, then (for a name of an enclosing
 * function) its cell, or the globals and builtins.
 */
public final class ReadClassNameNode extends ExpressionNode {

    private final String name;
    /** Frame slot of the enclosing function's cell for this name, or -1. */
    private final int cellSlot;

    public ReadClassNameNode(String name, int cellSlot) {
        this.name = name;
        this.cellSlot = cellSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object namespace = PArguments.getExtra(frame);
        Object value = namespace instanceof PDict dict ? dict.getItem(name) : NamespaceAccess.get(namespace, name);
        if (value != null) {
            return value;
        }
        if (cellSlot >= 0) {
            value = ((PCell) frame.getObject(cellSlot)).get();
            if (value == null) {
                throw UnboundErrors.unboundFree(name);
            }
            return value;
        }
        value = Globals.of(frame).getItem(name);
        if (value != null) {
            return value;
        }
        value = Globals.builtin(frame, name);
        if (value == null) {
            throw UnboundErrors.undefinedName(name);
        }
        return value;
    }
}
