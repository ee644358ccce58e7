package skein.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** Something a value can be stored to and deleted from: a name, an attribute, an item, a tuple of targets. */
public abstract class AssignTargetNode extends Node {

    public abstract void assign(VirtualFrame frame, Object value);

    public abstract void delete(VirtualFrame frame);
}
