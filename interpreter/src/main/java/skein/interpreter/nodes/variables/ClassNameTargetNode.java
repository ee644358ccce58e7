package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.objects.PDict;
import skein.interpreter.runtime.PArguments;

/** A name bound in a class body, or at the top of exec'd code: an entry of the namespace (exec's locals). */
public final class ClassNameTargetNode extends AssignTargetNode {

    private final String name;

    public ClassNameTargetNode(String name) {
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Object namespace = PArguments.getExtra(frame);
        if (namespace instanceof PDict dict) {
            dict.setItem(name, value);
        } else {
            NamespaceAccess.set(namespace, name, value);
        }
    }

    @Override
    public void delete(VirtualFrame frame) {
        Object namespace = PArguments.getExtra(frame);
        if (namespace instanceof PDict dict) {
            if (dict.removeItem(name) == null) {
                throw UnboundErrors.undefinedName(name);
            }
        } else {
            NamespaceAccess.delete(namespace, name);
        }
    }
}
