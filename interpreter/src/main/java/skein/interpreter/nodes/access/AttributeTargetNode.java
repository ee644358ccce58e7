package skein.interpreter.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;

/**
 * {@code obj.name = value} and {@code del obj.name}. For an instance of a class with the default
 * {@code __setattr__} and nothing of that name on the class, it writes the instance dict directly.
 */
public final class AttributeTargetNode extends AssignTargetNode {

    @Child private ExpressionNode object;
    private final String name;
    private final ConditionProfile direct = ConditionProfile.create();

    public AttributeTargetNode(ExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Object target = object.execute(frame);
        if (direct.profile(isPlainSlotlessWrite(target))) {
            ((PythonObject) target).getOrCreateDict().setItem(name, value);
        } else {
            Attributes.set(target, name, value);
        }
    }

    /** A user-class instance whose class neither overrides {@code __setattr__} nor has a descriptor of this name. */
    private boolean isPlainSlotlessWrite(Object target) {
        if (!(target instanceof PythonObject o) || target instanceof PythonClass) {
            return false;
        }
        PythonClass cls = o.getPythonClass();
        if (cls.isBuiltin() || !cls.instancesHaveDict() || cls.hasCustomSetattr()) {
            return false;
        }
        Object onClass = cls.lookup(name);
        return onClass == null || onClass instanceof PFunction || !(onClass instanceof PythonObject);
    }

    @Override
    public void delete(VirtualFrame frame) {
        Attributes.delete(object.execute(frame), name);
    }
}
