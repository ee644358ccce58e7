package skein.interpreter.runtime;

import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFrozenSet;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PSet;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builtin types of one language instance, shared by all its contexts: they are immutable,
 * so a context can never see another's changes. Made empty here; their methods are added by
 * the definitions in {@code skein.interpreter.builtins}.
 */
public final class BuiltinTypes {

    public final PythonClass typeType;
    public final PythonClass objectType;
    public final PythonClass intType;
    public final PythonClass boolType;
    public final PythonClass floatType;
    public final PythonClass complexType;
    public final PythonClass strType;
    public final PythonClass bytesType;
    public final PythonClass listType;
    public final PythonClass tupleType;
    public final PythonClass dictType;
    public final PythonClass setType;
    public final PythonClass frozensetType;
    public final PythonClass noneType;
    public final PythonClass notImplementedType;
    public final PythonClass ellipsisType;
    public final PythonClass rangeType;
    public final PythonClass sliceType;
    public final PythonClass functionType;
    public final PythonClass builtinFunctionType;
    public final PythonClass methodType;
    public final PythonClass moduleType;
    public final PythonClass propertyType;
    public final PythonClass staticmethodType;
    public final PythonClass classmethodType;
    public final PythonClass superType;
    public final PythonClass cellType;
    public final PythonClass codeType;
    public final PythonClass frameType;
    public final PythonClass tracebackType;
    public final PythonClass getsetDescriptorType;
    public final PythonClass mappingproxyType;
    public final PythonClass listIteratorType;
    public final PythonClass listReverseIteratorType;
    public final PythonClass tupleIteratorType;
    public final PythonClass rangeIteratorType;
    public final PythonClass strIteratorType;
    public final PythonClass bytesIteratorType;
    public final PythonClass dictKeyIteratorType;
    public final PythonClass dictValueIteratorType;
    public final PythonClass dictItemIteratorType;
    public final PythonClass setIteratorType;
    public final PythonClass sequenceIteratorType;
    public final PythonClass callableIteratorType;
    public final PythonClass dictKeysType;
    public final PythonClass dictValuesType;
    public final PythonClass dictItemsType;
    public final PythonClass generatorType;
    public final PythonClass coroutineType;
    public final PythonClass asyncGeneratorType;

    public final PythonClass baseException;
    public final PythonClass exception;
    public final PythonClass typeError;
    public final PythonClass valueError;
    public final PythonClass attributeError;
    public final PythonClass nameError;
    public final PythonClass unboundLocalError;
    public final PythonClass keyError;
    public final PythonClass indexError;
    public final PythonClass zeroDivisionError;
    public final PythonClass overflowError;
    public final PythonClass runtimeError;
    public final PythonClass recursionError;
    public final PythonClass notImplementedError;
    public final PythonClass stopIteration;
    public final PythonClass stopAsyncIteration;
    public final PythonClass generatorExit;
    public final PythonClass systemExit;
    public final PythonClass keyboardInterrupt;
    public final PythonClass importError;
    public final PythonClass moduleNotFoundError;
    public final PythonClass assertionError;
    public final PythonClass syntaxError;
    public final PythonClass indentationError;
    public final PythonClass tabError;
    public final PythonClass osError;
    public final PythonClass memoryError;
    public final PythonClass systemError;
    public final PythonClass lookupError;
    public final PythonClass unicodeDecodeError;
    public final PythonClass eofError;
    public final PythonClass timeoutError;
    public final PythonClass deprecationWarning;
    public final PythonClass runtimeWarning;

    /** Every builtin exception and warning class by name, in definition order. */
    private final Map<String, PythonClass> exceptionsByName = new LinkedHashMap<>();
    /** Types made by other parts of the runtime (iterators, views, native modules...), by name. */
    private final Map<String, PythonClass> others = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<PythonClass> all = java.util.Collections.synchronizedList(new ArrayList<>());

    BuiltinTypes() {
        // type and object exist before there is a type to be their class, or a dict class
        // for their namespaces: both are patched once dict and type exist.
        objectType = PythonClass.builtin(null, "object", new PythonClass[0], new PDict(null), PythonObject::new, false);
        typeType = PythonClass.builtin(null, "type", new PythonClass[]{objectType}, new PDict(null), null, false);
        all.add(objectType);
        all.add(typeType);
        dictType = make("dict", PDict::new, objectType);
        for (PythonClass cls : all) {
            cls.bootstrapMetaclass(typeType);
            cls.getNamespace().setPythonClass(dictType);
        }

        intType = make("int", null, objectType);
        boolType = make("bool", null, intType);
        floatType = make("float", null, objectType);
        complexType = make("complex", null, objectType);
        strType = make("str", null, objectType);
        bytesType = make("bytes", null, objectType);
        listType = make("list", PList::new, objectType);
        tupleType = make("tuple", cls -> new PTuple(cls, new Object[0]), objectType);
        setType = make("set", PSet::new, objectType);
        frozensetType = make("frozenset", PFrozenSet::new, objectType);
        noneType = make("NoneType", null, objectType);
        notImplementedType = make("NotImplementedType", null, objectType);
        ellipsisType = make("ellipsis", null, objectType);
        rangeType = make("range", null, objectType);
        sliceType = make("slice", null, objectType);
        functionType = PythonClass.builtin(typeType, "function", new PythonClass[]{objectType}, new PDict(dictType), null,
                true);
        all.add(functionType);
        builtinFunctionType = make("builtin_function_or_method", null, objectType);
        methodType = make("method", null, objectType);
        moduleType = make("module", null, objectType);
        propertyType = make("property", null, objectType);
        staticmethodType = make("staticmethod", null, objectType);
        classmethodType = make("classmethod", null, objectType);
        superType = make("super", null, objectType);
        cellType = make("cell", null, objectType);
        codeType = make("code", null, objectType);
        frameType = make("frame", null, objectType);
        tracebackType = make("traceback", null, objectType);
        getsetDescriptorType = make("getset_descriptor", null, objectType);
        mappingproxyType = make("mappingproxy", null, objectType);
        listIteratorType = make("list_iterator", null, objectType);
        listReverseIteratorType = make("list_reverseiterator", null, objectType);
        tupleIteratorType = make("tuple_iterator", null, objectType);
        rangeIteratorType = make("range_iterator", null, objectType);
        strIteratorType = make("str_ascii_iterator", null, objectType);
        bytesIteratorType = make("bytes_iterator", null, objectType);
        dictKeyIteratorType = make("dict_keyiterator", null, objectType);
        dictValueIteratorType = make("dict_valueiterator", null, objectType);
        dictItemIteratorType = make("dict_itemiterator", null, objectType);
        setIteratorType = make("set_iterator", null, objectType);
        sequenceIteratorType = make("iterator", null, objectType);
        callableIteratorType = make("callable_iterator", null, objectType);
        dictKeysType = make("dict_keys", null, objectType);
        dictValuesType = make("dict_values", null, objectType);
        dictItemsType = make("dict_items", null, objectType);
        generatorType = make("generator", null, objectType);
        coroutineType = make("coroutine", null, objectType);
        asyncGeneratorType = make("async_generator", null, objectType);

        baseException = exceptionClass("BaseException",
                cls -> new PBaseException(cls, new PTuple(tupleType, new Object[0])), objectType);
        PythonClass baseExceptionGroup = exceptionClass("BaseExceptionGroup", baseException);
        generatorExit = exceptionClass("GeneratorExit", baseException);
        keyboardInterrupt = exceptionClass("KeyboardInterrupt", baseException);
        systemExit = exceptionClass("SystemExit", baseException);
        exception = exceptionClass("Exception", baseException);
        PythonClass arithmeticError = exceptionClass("ArithmeticError", exception);
        exceptionClass("FloatingPointError", arithmeticError);
        overflowError = exceptionClass("OverflowError", arithmeticError);
        zeroDivisionError = exceptionClass("ZeroDivisionError", arithmeticError);
        assertionError = exceptionClass("AssertionError", exception);
        attributeError = exceptionClass("AttributeError", exception);
        exceptionClass("BufferError", exception);
        eofError = exceptionClass("EOFError", exception);
        exceptionClass("ExceptionGroup", baseExceptionGroup, exception);
        importError = exceptionClass("ImportError", exception);
        moduleNotFoundError = exceptionClass("ModuleNotFoundError", importError);
        lookupError = exceptionClass("LookupError", exception);
        indexError = exceptionClass("IndexError", lookupError);
        keyError = exceptionClass("KeyError", lookupError);
        memoryError = exceptionClass("MemoryError", exception);
        nameError = exceptionClass("NameError", exception);
        unboundLocalError = exceptionClass("UnboundLocalError", nameError);
        osError = exceptionClass("OSError", exception);
        exceptionClass("BlockingIOError", osError);
        exceptionClass("ChildProcessError", osError);
        PythonClass connectionError = exceptionClass("ConnectionError", osError);
        exceptionClass("BrokenPipeError", connectionError);
        exceptionClass("ConnectionAbortedError", connectionError);
        exceptionClass("ConnectionRefusedError", connectionError);
        exceptionClass("ConnectionResetError", connectionError);
        exceptionClass("FileExistsError", osError);
        exceptionClass("FileNotFoundError", osError);
        exceptionClass("InterruptedError", osError);
        exceptionClass("IsADirectoryError", osError);
        exceptionClass("NotADirectoryError", osError);
        exceptionClass("PermissionError", osError);
        exceptionClass("ProcessLookupError", osError);
        timeoutError = exceptionClass("TimeoutError", osError);
        exceptionClass("ReferenceError", exception);
        runtimeError = exceptionClass("RuntimeError", exception);
        notImplementedError = exceptionClass("NotImplementedError", runtimeError);
        recursionError = exceptionClass("RecursionError", runtimeError);
        stopAsyncIteration = exceptionClass("StopAsyncIteration", exception);
        stopIteration = exceptionClass("StopIteration", exception);
        syntaxError = exceptionClass("SyntaxError", exception);
        indentationError = exceptionClass("IndentationError", syntaxError);
        tabError = exceptionClass("TabError", indentationError);
        systemError = exceptionClass("SystemError", exception);
        typeError = exceptionClass("TypeError", exception);
        valueError = exceptionClass("ValueError", exception);
        PythonClass unicodeError = exceptionClass("UnicodeError", valueError);
        unicodeDecodeError = exceptionClass("UnicodeDecodeError", unicodeError);
        exceptionClass("UnicodeEncodeError", unicodeError);
        exceptionClass("UnicodeTranslateError", unicodeError);
        PythonClass warning = exceptionClass("Warning", exception);
        exceptionClass("BytesWarning", warning);
        deprecationWarning = exceptionClass("DeprecationWarning", warning);
        exceptionClass("EncodingWarning", warning);
        exceptionClass("FutureWarning", warning);
        exceptionClass("ImportWarning", warning);
        exceptionClass("PendingDeprecationWarning", warning);
        exceptionClass("ResourceWarning", warning);
        runtimeWarning = exceptionClass("RuntimeWarning", warning);
        exceptionClass("SyntaxWarning", warning);
        exceptionClass("UnicodeWarning", warning);
        exceptionClass("UserWarning", warning);
    }

    private PythonClass make(String name, PythonClass.InstanceFactory factory, PythonClass... bases) {
        PythonClass cls = PythonClass.builtin(typeType, name, bases, new PDict(dictType), factory, false);
        all.add(cls);
        return cls;
    }

    private PythonClass exceptionClass(String name, PythonClass.InstanceFactory factory, PythonClass... bases) {
        PythonClass cls = PythonClass.builtin(typeType, name, bases, new PDict(dictType), factory, true);
        all.add(cls);
        exceptionsByName.put(name, cls);
        return cls;
    }

    private PythonClass exceptionClass(String name, PythonClass... bases) {
        return exceptionClass(name, null, bases);
    }

    /**
     * Adds a builtin type defined elsewhere in the runtime (an iterator, a view, an I/O class);
     * only while the language is being set up.
     */
    public PythonClass define(String name, PythonClass.InstanceFactory factory, boolean instancesHaveDict,
                              PythonClass... bases) {
        PythonClass cls = PythonClass.builtin(typeType, name, bases.length == 0 ? new PythonClass[]{objectType} : bases,
                new PDict(dictType), factory, instancesHaveDict);
        all.add(cls);
        others.put(name, cls);
        return cls;
    }

    /**
     * A type that belongs to a module: {@code __name__} is {@code name}, {@code __module__} is
     * {@code module}, and error messages call it {@code module.name} as CPython's do. Found
     * by {@link #other} under that dotted name.
     */
    public PythonClass defineInModule(String module, String name, PythonClass.InstanceFactory factory,
                                      boolean instancesHaveDict, PythonClass... bases) {
        PythonClass cls = define(module + "." + name, factory, instancesHaveDict, bases);
        cls.setName(name);
        cls.setQualname(name);
        cls.getNamespace().setItem("__module__", module);
        return cls;
    }

    /** A type added through {@link #define}, by name. */
    public PythonClass other(String name) {
        return others.get(name);
    }

    public PythonClass exceptionByName(String name) {
        return exceptionsByName.get(name);
    }

    public Map<String, PythonClass> exceptions() {
        return exceptionsByName;
    }

    public List<PythonClass> all() {
        return all;
    }
}
