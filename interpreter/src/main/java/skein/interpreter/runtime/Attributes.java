package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PClassMethod;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PGetSetDescriptor;
import skein.interpreter.objects.PMethod;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PProperty;
import skein.interpreter.objects.PStaticMethod;
import skein.interpreter.objects.PSuper;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Attribute access with Python's descriptor protocol: {@code object.__getattribute__},
 * {@code type.__getattribute__}, modules and {@code super}, with {@code __getattr__} as the
 * fallback and user overrides of {@code __getattribute__}/{@code __setattr__}/{@code __delattr__}
 * honoured. The builtin versions of those methods are {@link PBuiltinFunction}s; anything else
 * found there is a user override and is called.
 */
public final class Attributes {

    private Attributes() {
    }

    /** {@code getattr(obj, name)}: raises AttributeError when absent. */
    @TruffleBoundary
    public static Object get(Object obj, String name) {
        PythonClass type = TypeOf.get(obj);
        Object getattribute = type.lookup("__getattribute__");
        if (getattribute instanceof PBuiltinFunction) {
            Object value = nativeGet(obj, type, name);
            if (value != null) {
                return value;
            }
            Object getattr = type.lookup("__getattr__");
            if (getattr != null) {
                return Calls.call(bindDescriptor(getattr, obj, type), name);
            }
            throw noAttribute(obj, name);
        }
        try {
            return Calls.call(bindDescriptor(getattribute, obj, type), name);
        } catch (PException e) {
            Object getattr = type.lookup("__getattr__");
            if (getattr != null && TypeOf.get(e.pythonException()).isSubclassOf(SkeinLanguage.types().attributeError)) {
                return Calls.call(bindDescriptor(getattr, obj, type), name);
            }
            throw e;
        }
    }

    /** An attribute name given as an argument (getattr, __getattribute__...), which must be a str. */
    public static String nameArgument(Object name) {
        if (name instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("attribute name must be string, not '" + TypeOf.name(name) + "'");
    }

    /** {@code getattr(obj, name, default)} without the exception: null when absent. */
    @TruffleBoundary
    public static Object getOrNull(Object obj, String name) {
        PythonClass type = TypeOf.get(obj);
        if (type.lookup("__getattribute__") instanceof PBuiltinFunction && type.lookup("__getattr__") == null) {
            try {
                return nativeGet(obj, type, name);
            } catch (PException e) {
                // A property's getter may raise AttributeError too: getattr's default covers it.
                if (TypeOf.get(e.pythonException()).isSubclassOf(SkeinLanguage.types().attributeError)) {
                    return null;
                }
                throw e;
            }
        }
        try {
            return get(obj, name);
        } catch (PException e) {
            if (TypeOf.get(e.pythonException()).isSubclassOf(SkeinLanguage.types().attributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** The builtin {@code __getattribute__} of obj's kind; null when absent. */
    @TruffleBoundary
    public static Object nativeGet(Object obj, PythonClass type, String name) {
        if (obj instanceof PythonClass cls) {
            return classGet(cls, name);
        } else if (obj instanceof PModule module) {
            return moduleGet(module, type, name);
        } else if (obj instanceof PSuper sup) {
            Object found = superGet(sup, name);
            return found != null ? found : instanceGet(obj, type, name);
        } else if (obj instanceof PMethod method && type == SkeinLanguage.types().methodType) {
            // a bound method answers for its function: m.__module__, m.__doc__, m.custom_attr
            Object found = instanceGet(obj, type, name);
            return found != null ? found : getOrNull(method.function(), name);
        }
        return instanceGet(obj, type, name);
    }

    /** {@code object.__getattribute__}: data descriptors, then the instance dict, then the class. */
    @TruffleBoundary
    public static Object instanceGet(Object obj, PythonClass type, String name) {
        Object descriptor = type.lookup(name);
        if (descriptor != null && isDataDescriptor(descriptor)) {
            return bindDescriptor(descriptor, obj, type);
        }
        if (obj instanceof PythonObject object) {
            PDict dict = object.getDict();
            if (dict != null) {
                Object value = dict.getItem(name);
                if (value != null) {
                    return value;
                }
            }
        }
        if (descriptor != null) {
            return bindDescriptor(descriptor, obj, type);
        }
        return null;
    }

    /** {@code type.__getattribute__}: the metaclass's data descriptors, then the class's MRO. */
    @TruffleBoundary
    public static Object classGet(PythonClass cls, String name) {
        PythonClass metaclass = cls.getPythonClass();
        Object metaAttribute = metaclass.lookup(name);
        if (metaAttribute != null && isDataDescriptor(metaAttribute)) {
            return bindDescriptor(metaAttribute, cls, metaclass);
        }
        Object attribute = cls.lookup(name);
        if (attribute != null) {
            return bindToClass(attribute, cls);
        }
        if (metaAttribute != null) {
            return bindDescriptor(metaAttribute, cls, metaclass);
        }
        return null;
    }

    private static Object moduleGet(PModule module, PythonClass type, String name) {
        Object value = instanceGet(module, type, name);
        if (value != null) {
            return value;
        }
        Object getattr = module.globals().getItem("__getattr__");
        if (getattr != null) {
            return Calls.call(getattr, name);
        }
        return null;
    }

    /** {@code super().name}: the MRO of the object's type, after the class super was made in. */
    @TruffleBoundary
    public static Object superGet(PSuper sup, String name) {
        if (sup.selfType() == null || name.equals("__class__")) {
            return null;
        }
        Object found = sup.selfType().lookupAfter(sup.thisClass(), name);
        if (found == null) {
            return null;
        }
        Object self = sup.self();
        if (self == sup.selfType()) {
            return bindToClass(found, sup.selfType());
        }
        return bindDescriptor(found, self, sup.selfType());
    }

    /** What {@code descriptor.__get__(None, cls)} gives for an attribute found on a class. */
    @TruffleBoundary
    public static Object bindToClass(Object attribute, PythonClass cls) {
        if (attribute instanceof PFunction || attribute instanceof PProperty || attribute instanceof PGetSetDescriptor) {
            return attribute;
        } else if (attribute instanceof PBuiltinFunction builtin) {
            return builtin.binding() == PBuiltinFunction.Binding.CLASS_METHOD
                    ? new PMethod(SkeinLanguage.types().builtinFunctionType, cls, builtin) : builtin;
        } else if (attribute instanceof PStaticMethod staticMethod) {
            return staticMethod.callable();
        } else if (attribute instanceof PClassMethod classMethod) {
            return new PMethod(SkeinLanguage.types().methodType, cls, classMethod.callable());
        } else if (attribute instanceof PythonObject) {
            Object get = TypeOf.get(attribute).lookup("__get__");
            if (get != null) {
                return Calls.call(get, attribute, PNone.NONE, cls);
            }
        }
        return attribute;
    }

    /** {@code descriptor.__get__(obj, type)} for an attribute found on obj's type. */
    @TruffleBoundary
    public static Object bindDescriptor(Object descriptor, Object obj, PythonClass type) {
        BuiltinTypes types = SkeinLanguage.types();
        if (descriptor instanceof PFunction) {
            return new PMethod(types.methodType, obj, descriptor);
        } else if (descriptor instanceof PBuiltinFunction builtin) {
            return switch (builtin.binding()) {
                // a bound builtin is still a builtin_function_or_method, as in CPython
                case METHOD -> new PMethod(types.builtinFunctionType, obj, builtin);
                case CLASS_METHOD -> new PMethod(types.builtinFunctionType, type, builtin);
                case FUNCTION, STATIC_METHOD -> builtin;
            };
        } else if (descriptor instanceof PProperty property) {
            Object getter = property.getter();
            if (getter == PNone.NONE) {
                throw PythonErrors.attributeError("property " + propertyName(property, type)
                        + " of '" + type.getName() + "' object has no getter");
            }
            return Calls.call(getter, obj);
        } else if (descriptor instanceof PGetSetDescriptor getSet) {
            return getSet.getter().get(obj);
        } else if (descriptor instanceof PStaticMethod staticMethod) {
            return staticMethod.callable();
        } else if (descriptor instanceof PClassMethod classMethod) {
            return new PMethod(types.methodType, type, classMethod.callable());
        } else if (descriptor instanceof PythonObject) {
            Object get = TypeOf.get(descriptor, types).lookup("__get__");
            if (get != null) {
                return Calls.call(get, descriptor, obj, type);
            }
        }
        return descriptor;
    }

    @TruffleBoundary
    public static boolean isDataDescriptor(Object descriptor) {
        if (descriptor instanceof PProperty || descriptor instanceof PGetSetDescriptor) {
            return true;
        }
        if (descriptor instanceof PFunction || descriptor instanceof PBuiltinFunction || !(descriptor instanceof PythonObject)
                || descriptor instanceof PStaticMethod || descriptor instanceof PClassMethod) {
            return false;
        }
        PythonClass type = TypeOf.get(descriptor);
        return type.lookup("__set__") != null || type.lookup("__delete__") != null;
    }

    /** {@code setattr(obj, name, value)}. */
    @TruffleBoundary
    public static void set(Object obj, String name, Object value) {
        PythonClass type = TypeOf.get(obj);
        Object setattr = type.lookup("__setattr__");
        if (setattr instanceof PBuiltinFunction) {
            nativeSet(obj, type, name, value);
        } else {
            Calls.call(bindDescriptor(setattr, obj, type), name, value);
        }
    }

    /** {@code delattr(obj, name)}. */
    @TruffleBoundary
    public static void delete(Object obj, String name) {
        PythonClass type = TypeOf.get(obj);
        Object delattr = type.lookup("__delattr__");
        if (delattr instanceof PBuiltinFunction) {
            nativeSet(obj, type, name, null);
        } else {
            Calls.call(bindDescriptor(delattr, obj, type), name);
        }
    }

    /** The builtin {@code __setattr__}/{@code __delattr__}: a null value deletes. */
    @TruffleBoundary
    public static void nativeSet(Object obj, PythonClass type, String name, Object value) {
        if (obj instanceof PythonClass cls) {
            classSet(cls, name, value);
            return;
        }
        Object descriptor = type.lookup(name);
        if (descriptor != null && isDataDescriptor(descriptor)) {
            setThroughDescriptor(descriptor, obj, type, name, value);
            return;
        }
        if (obj instanceof PythonObject object && (object instanceof PModule || type.instancesHaveDict())) {
            if (value != null) {
                object.getOrCreateDict().setItem(name, value);
                return;
            }
            PDict dict = object.getDict();
            if (dict != null && dict.removeItem(name) != null) {
                return;
            }
            throw noAttribute(obj, name);
        }
        if (descriptor != null && value != null) {
            throw PythonErrors.attributeError("'" + type.getTypeName() + "' object attribute '" + name + "' is read-only");
        }
        throw noAttribute(obj, name);
    }

    private static void classSet(PythonClass cls, String name, Object value) {
        PythonClass metaclass = cls.getPythonClass();
        Object metaAttribute = metaclass.lookup(name);
        if (metaAttribute != null && isDataDescriptor(metaAttribute)) {
            setThroughDescriptor(metaAttribute, cls, metaclass, name, value);
            return;
        }
        if (cls.isBuiltin()) {
            throw PythonErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.getTypeName() + "'");
        }
        if (value == null && cls.getNamespace().getItem(name) == null) {
            throw PythonErrors.attributeError("type object '" + cls.getTypeName() + "' has no attribute '" + name + "'", cls, name);
        }
        cls.setAttribute(name, value);
    }

    private static void setThroughDescriptor(Object descriptor, Object obj, PythonClass type, String name, Object value) {
        if (descriptor instanceof PProperty property) {
            Object accessor = value == null ? property.deleter() : property.setter();
            if (accessor == PNone.NONE) {
                throw PythonErrors.attributeError("property " + propertyName(property, type) + " of '" + type.getTypeName()
                        + "' object has no " + (value == null ? "deleter" : "setter"));
            }
            if (value == null) {
                Calls.call(accessor, obj);
            } else {
                Calls.call(accessor, obj, value);
            }
        } else if (descriptor instanceof PGetSetDescriptor getSet) {
            if (getSet.setter() == null) {
                throw PythonErrors.attributeError(value == null
                        ? "cannot delete attribute '" + name + "'"
                        : "attribute '" + name + "' of '" + getSet.owner().getName() + "' objects is not writable");
            }
            getSet.setter().set(obj, value);
        } else {
            PythonClass descriptorType = TypeOf.get(descriptor);
            Object method = descriptorType.lookup(value == null ? "__delete__" : "__set__");
            if (method == null) {
                throw PythonErrors.attributeError(value == null ? "__delete__" : "__set__");
            }
            if (value == null) {
                Calls.call(method, descriptor, obj);
            } else {
                Calls.call(method, descriptor, obj, value);
            }
        }
    }

    private static String propertyName(PProperty property, PythonClass type) {
        if (property.name() != null) {
            return "'" + property.name() + "'";
        }
        return property.getter() instanceof PFunction function ? "'" + function.name() + "'" : "'?'";
    }

    /** CPython's AttributeError for a missing attribute of {@code obj}. */
    @TruffleBoundary
    public static PException noAttribute(Object obj, String name) {
        String message;
        if (obj instanceof PythonClass cls) {
            message = "type object '" + cls.getTypeName() + "' has no attribute '" + name + "'";
        } else if (obj instanceof PModule module) {
            message = "module '" + module.getName() + "' has no attribute '" + name + "'";
        } else {
            message = "'" + TypeOf.name(obj) + "' object has no attribute '" + name + "'";
        }
        return PythonErrors.attributeError(message, obj, name);
    }

    /** {@code hasattr}. */
    public static boolean has(Object obj, String name) {
        return getOrNull(obj, name) != null;
    }
}
