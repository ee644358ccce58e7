package skein.interpreter.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PMethod;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PSuper;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.TypeOf;

/**
 * {@code obj.name}. Instances of classes that keep the default attribute protocol are read
 * inline: the class's cached lookup, then the instance dict, then binding a function to a
 * method. Methods of builtin types (immutable, shared by all contexts) are cached per call
 * site. Everything else takes the full protocol.
 */
@NodeChild(value = "object", type = ExpressionNode.class)
@NodeField(name = "name", type = String.class)
public abstract class GetAttributeNode extends ExpressionNode {

    protected abstract String getName();

    public abstract Object executeWith(Object object);

    /** A user-class instance with the default {@code __getattribute__} and no {@code __getattr__}. */
    @Specialization(guards = "isPlainInstance(object)")
    protected Object plainInstance(PythonObject object, @Bind("getTypes($node)") BuiltinTypes types) {
        PythonClass cls = object.getPythonClass();
        String name = getName();
        Object descriptor = cls.lookup(name);
        if (descriptor != null && !(descriptor instanceof PFunction) && Attributes.isDataDescriptor(descriptor)) {
            return Attributes.bindDescriptor(descriptor, object, cls);
        }
        PDict dict = object.getDict();
        if (dict != null) {
            Object value = dict.getItem(name);
            if (value != null) {
                return value;
            }
        }
        if (descriptor instanceof PFunction) {
            return new PMethod(types.methodType, object, descriptor);
        }
        if (descriptor != null) {
            return Attributes.bindDescriptor(descriptor, object, cls);
        }
        throw Attributes.noAttribute(object, name);
    }

    /** A module's global. */
    @Specialization(guards = "isPlainModule(module)")
    protected Object module(PModule module) {
        Object value = module.globals().getItem(getName());
        if (value != null) {
            return value;
        }
        return Attributes.get(module, getName());
    }

    /**
     * A method of a builtin-typed value ({@code "s".upper}, {@code lst.append}): the function is
     * found once per type and cached, since builtin types never change.
     */
    @Specialization(guards = {"isExactBuiltin(object, types)", "typeOf(object, types) == cachedType"}, limit = "3")
    protected Object builtinMethod(Object object,
                                   @Bind("getTypes($node)") BuiltinTypes types,
                                   @Cached("typeOf(object, types)") PythonClass cachedType,
                                   @Cached("methodOf(cachedType)") PBuiltinFunction method) {
        if (method != null) {
            return new PMethod(types.builtinFunctionType, object, method);
        }
        return Attributes.get(object, getName());
    }

    @Specialization(replaces = {"plainInstance", "module", "builtinMethod"})
    protected Object generic(Object object) {
        return Attributes.get(object, getName());
    }

    protected static boolean isPlainInstance(Object object) {
        if (!(object instanceof PythonObject o) || object instanceof PythonClass || object instanceof PModule
                || object instanceof PSuper) {
            return false;
        }
        PythonClass cls = o.getPythonClass();
        return !cls.isBuiltin() && !cls.hasCustomGetattribute() && !cls.hasGetattr();
    }

    protected static boolean isPlainModule(PModule module) {
        PythonClass cls = module.getPythonClass();
        return cls.isBuiltin();
    }

    /** Values of exact builtin types, whose attributes are only what the type defines. */
    protected static boolean isExactBuiltin(Object object, BuiltinTypes types) {
        if (object instanceof PythonObject o) {
            PythonClass cls = o.getPythonClass();
            return cls.isBuiltin() && !(object instanceof PythonClass) && !(object instanceof PModule)
                    && !(object instanceof PSuper) && o.getDict() == null;
        }
        return true;
    }

    protected static PythonClass typeOf(Object object, BuiltinTypes types) {
        return TypeOf.get(object, types);
    }

    /** The builtin method this name finds on the type, when it is a plain method; else null. */
    @TruffleBoundary
    protected PBuiltinFunction methodOf(PythonClass type) {
        Object found = type.lookup(getName());
        if (found instanceof PBuiltinFunction f && f.binding() == PBuiltinFunction.Binding.METHOD) {
            return f;
        }
        return null;
    }

    protected static BuiltinTypes getTypes(Node node) {
        return SkeinLanguage.get(node).setup().types();
    }
}
