package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.objects.iterators.PRangeIterator;

/**
 * One step of a for loop: takes the iterator's next item and assigns it to the loop target,
 * answering false at the end. A range is asked whether it has an item before the item is
 * taken, so the number goes to the target without passing through a value that may also be
 * the end marker: compiled code then never boxes it, where a box merged with null would have
 * to be allocated on every step.
 */
public abstract class AssignNextNode extends Node {

    @Child private AssignTargetNode target;

    protected AssignNextNode(AssignTargetNode target) {
        this.target = target;
    }

    public abstract boolean execute(VirtualFrame frame, Object iterator);

    @Specialization
    protected boolean range(VirtualFrame frame, PRangeIterator iterator) {
        if (!iterator.hasNext()) {
            return false;
        }
        target.assign(frame, iterator.nextLong());
        return true;
    }

    @Specialization(replaces = "range")
    protected boolean any(VirtualFrame frame, Object iterator, @Cached NextNode next) {
        Object item = next.execute(iterator);
        if (item == null) {
            return false;
        }
        target.assign(frame, item);
        return true;
    }
}
