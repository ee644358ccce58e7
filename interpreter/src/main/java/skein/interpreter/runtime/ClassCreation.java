package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PClassMethod;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PGetSetDescriptor;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PStaticMethod;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.SolidBases;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a class comes to be: the {@code class} statement's metaclass choice and namespace
 * preparation, and {@code type.__new__}, which turns a namespace into a class with slots,
 * {@code __set_name__} and {@code __init_subclass__} handled as CPython handles them.
 */
public final class ClassCreation {

    /** Builtin types CPython does not allow as bases. */
    private static final Set<String> FINAL_TYPES = Set.of("bool", "NoneType", "NotImplementedType", "ellipsis",
            "range", "slice", "function", "builtin_function_or_method", "method", "cell", "code", "frame",
            "traceback", "getset_descriptor", "mappingproxy", "method_descriptor");

    /** What a class statement has after evaluating its header and preparing the namespace. */
    public record Header(Object metaclass, PTuple bases, Object namespace, String[] keywordNames, Object[] keywordValues) {
    }

    private ClassCreation() {
    }

    @TruffleBoundary
    public static Header prepare(String name, PTuple originalBases, String[] keywordNames, Object[] keywords) {
        BuiltinTypes types = SkeinLanguage.types();
        PTuple bases = resolveBases(originalBases, types);
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < keywords.length; i++) {
            if (keywordNames[i] != null) {
                names.add(keywordNames[i]);
                values.add(keywords[i]);
            } else {
                PDict expanded = new PDict(types.dictType);
                DictUpdate.mergeDisplay(expanded, keywords[i]);
                for (PDict.Entry e : expanded.entrySnapshot()) {
                    names.add((String) e.key);
                    values.add(e.value());
                }
            }
        }
        Object metaclass = null;
        int metaIndex = names.indexOf("metaclass");
        if (metaIndex >= 0) {
            metaclass = values.remove(metaIndex);
            names.remove(metaIndex);
        }
        if (metaclass == null) {
            metaclass = bases.size() == 0 ? types.typeType : TypeOf.get(bases.get(0), types);
        }
        if (metaclass instanceof PythonClass meta) {
            metaclass = mostDerivedMetaclass(meta, bases);
        }
        String[] keywordArray = names.toArray(new String[0]);
        Object[] valueArray = values.toArray();
        Object namespace;
        Object prepare = Attributes.getOrNull(metaclass, "__prepare__");
        if (prepare != null) {
            namespace = Calls.callWithKeywords(prepare, new Object[]{name, bases}, keywordArray, valueArray);
        } else {
            namespace = new PDict(types.dictType);
        }
        if (bases != originalBases) {
            Subscripts.setItem(namespace, "__orig_bases__", originalBases);
        }
        return new Header(metaclass, bases, namespace, keywordArray, valueArray);
    }

    /**
     * PEP 560: a base that is not a class may stand for classes through {@code __mro_entries__}
     * ({@code class Names(list[str])} derives from list). The same tuple when nothing changed.
     */
    private static PTuple resolveBases(PTuple bases, BuiltinTypes types) {
        Object[] items = bases.items();
        List<Object> resolved = null;
        for (int i = 0; i < items.length; i++) {
            Object entries = items[i] instanceof PythonClass ? null : Attributes.getOrNull(items[i], "__mro_entries__");
            if (entries == null) {
                if (resolved != null) {
                    resolved.add(items[i]);
                }
                continue;
            }
            if (!(Calls.call(entries, bases) instanceof PTuple replacement)) {
                throw PythonErrors.typeError("__mro_entries__ must return a tuple");
            }
            if (resolved == null) {
                resolved = new ArrayList<>(List.of(items).subList(0, i));
            }
            resolved.addAll(List.of(replacement.items()));
        }
        return resolved == null ? bases : new PTuple(types.tupleType, resolved.toArray());
    }

    @TruffleBoundary
    public static Object finish(String name, Header header) {
        return Calls.callWithKeywords(header.metaclass(), new Object[]{name, header.bases(), header.namespace()},
                header.keywordNames().length == 0 ? null : header.keywordNames(), header.keywordValues());
    }

    @TruffleBoundary
    static PythonClass mostDerivedMetaclass(PythonClass metaclass, PTuple bases) {
        PythonClass winner = metaclass;
        for (Object base : bases.items()) {
            PythonClass baseMeta = TypeOf.get(base);
            if (winner.isSubclassOf(baseMeta)) {
                continue;
            }
            if (baseMeta.isSubclassOf(winner)) {
                winner = baseMeta;
                continue;
            }
            throw PythonErrors.typeError("metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type.__new__(metaclass, name, bases, namespace, **kwargs)}. */
    @TruffleBoundary
    public static PythonClass newType(PythonClass metaclass, String name, PTuple basesTuple, PDict namespace,
                                      String[] keywordNames, Object[] keywordValues) {
        BuiltinTypes types = SkeinLanguage.types();
        mostDerivedMetaclass(metaclass, basesTuple);
        PythonClass[] bases = new PythonClass[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesTuple.get(i) instanceof PythonClass base)) {
                throw PythonErrors.typeError("bases must be types");
            }
            if (base.isFinal() || (base.isBuiltin() && FINAL_TYPES.contains(base.getName()))) {
                throw PythonErrors.typeError("type '" + base.getTypeName() + "' is not an acceptable base type");
            }
            bases[i] = base;
        }
        if (bases.length == 0) {
            bases = new PythonClass[]{types.objectType};
        }
        PythonClass metaWinner = mostDerivedMetaclass(metaclass, new PTuple(types.tupleType, bases));
        if (metaWinner != metaclass && metaWinner.lookup("__new__") != types.typeType.lookup("__new__")) {
            return (PythonClass) Calls.call(metaWinner, name, new PTuple(types.tupleType, bases), namespace);
        }
        SolidBases.pick(bases);
        PDict dict = new PDict(types.dictType);
        dict.putAll(namespace);
        Object qualname = dict.removeItem("__qualname__");
        if (qualname != null && !(qualname instanceof String)) {
            throw PythonErrors.typeError("type __qualname__ must be a str, not " + TypeOf.name(qualname));
        }
        Object classCell = dict.removeItem("__classcell__");
        if (dict.getItem("__doc__") == null) {
            dict.setItem("__doc__", PNone.NONE);
        }
        if (dict.getItem("__module__") == null) {
            Object module = CallerFrames.globals().getItem("__name__");
            if (module != null) {
                dict.setItem("__module__", module);
            }
        }
        wrapImplicitMethods(dict, types);
        if (dict.getItem("__eq__") != null && dict.getItem("__hash__") == null) {
            dict.setItem("__hash__", PNone.NONE);
        }
        boolean instancesHaveDict = applySlots(dict, bases, types);
        PythonClass cls = PythonClass.heap(metaclass, name, bases, dict, instancesHaveDict);
        if (qualname != null) {
            cls.setQualname((String) qualname);
        }
        if (classCell instanceof PCell cell) {
            cell.set(cls);
        }
        for (PDict.Entry e : dict.entrySnapshot()) {
            Object setName = TypeOf.get(e.value(), types).lookup("__set_name__");
            if (setName != null && e.key instanceof String) {
                Calls.callSpecial(e.value(), "__set_name__", cls, e.key);
            }
        }
        Object initSubclass = cls.lookupAfter(cls, "__init_subclass__");
        if (initSubclass != null) {
            Calls.callWithKeywords(Attributes.bindToClass(initSubclass, cls), new Object[0],
                    keywordNames == null || keywordNames.length == 0 ? null : keywordNames, keywordValues);
        }
        return cls;
    }

    /** {@code __new__} is a static method and {@code __init_subclass__} a class method even when written plainly. */
    private static void wrapImplicitMethods(PDict dict, BuiltinTypes types) {
        Object newMethod = dict.getItem("__new__");
        if (newMethod instanceof PFunction) {
            dict.setItem("__new__", new PStaticMethod(types.staticmethodType, newMethod));
        }
        for (String name : new String[]{"__init_subclass__", "__class_getitem__"}) {
            Object method = dict.getItem(name);
            if (method instanceof PFunction) {
                dict.setItem(name, new PClassMethod(types.classmethodType, method));
            }
        }
    }

    /**
     * Handles {@code __slots__}: each slot becomes a descriptor; instances get a {@code __dict__}
     * only if a base has one or {@code '__dict__'} is among the slots. Returns whether they do.
     */
    private static boolean applySlots(PDict dict, PythonClass[] bases, BuiltinTypes types) {
        boolean baseHasDict = false;
        for (PythonClass base : bases) {
            if (base.instancesHaveDict() || !base.isBuiltin()) {
                baseHasDict |= base.instancesHaveDict();
            }
        }
        Object slots = dict.getItem("__slots__");
        if (slots == null) {
            return true;
        }
        Object[] names = slots instanceof String s ? new Object[]{s} : Iteration.toArray(slots);
        boolean wantsDict = baseHasDict;
        for (Object slotName : names) {
            if (!(slotName instanceof String slot)) {
                throw PythonErrors.typeError("__slots__ items must be strings, not '" + TypeOf.name(slotName) + "'");
            }
            if (slot.equals("__dict__")) {
                wantsDict = true;
                continue;
            }
            if (dict.getItem(slot) != null) {
                throw PythonErrors.valueError("'" + slot + "' in __slots__ conflicts with class variable");
            }
            dict.setItem(slot, slotDescriptor(slot, types));
        }
        return wantsDict;
    }

    /** A slot: stored apart from the instance dict, readable and writable only under its own name. */
    private static PGetSetDescriptor slotDescriptor(String slot, BuiltinTypes types) {
        return new PGetSetDescriptor(types.getsetDescriptorType, slot, types.objectType,
                self -> {
                    Object value = ((skein.interpreter.objects.PythonObject) self).slotValues().getItem(slot);
                    if (value == null) {
                        throw Attributes.noAttribute(self, slot);
                    }
                    return value;
                },
                (self, value) -> {
                    PDict values = ((skein.interpreter.objects.PythonObject) self).slotValues();
                    if (value == null) {
                        if (values.removeItem(slot) == null) {
                            throw Attributes.noAttribute(self, slot);
                        }
                    } else {
                        values.setItem(slot, value);
                    }
                });
    }
}
