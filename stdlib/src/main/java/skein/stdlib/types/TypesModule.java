package skein.stdlib.types;

import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PGenericAlias;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PUnionType;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.ClassCreation;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.BundledSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code types} module: names for the interpreter's own types ({@code MappingProxyType}
 * among them), {@code SimpleNamespace}, and dynamic class creation ({@code new_class}, {@code prepare_class},
 * {@code resolve_bases}) on the same machinery as the class statement. Skein's builtin methods
 * are all {@code builtin_function_or_method} and its slots getset descriptors, so the method
 * and member descriptor type names stand for those. {@code coroutine} and
 * {@code DynamicClassAttribute} are Python ({@code types.py}).
 */
public final class TypesModule implements NativeModule {

    private static final String PYTHON_PART = BundledSource.read(TypesModule.class, "types.py");

    @Override
    public String name() {
        return "types";
    }

    @Override
    public void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        m.constant("FunctionType", t.functionType);
        m.constant("LambdaType", t.functionType);
        m.constant("MethodType", t.methodType);
        m.constant("BuiltinFunctionType", t.builtinFunctionType);
        m.constant("BuiltinMethodType", t.builtinFunctionType);
        m.constant("MethodDescriptorType", t.builtinFunctionType);
        m.constant("ClassMethodDescriptorType", t.builtinFunctionType);
        m.constant("WrapperDescriptorType", t.builtinFunctionType);
        m.constant("MethodWrapperType", t.builtinFunctionType);
        m.constant("GetSetDescriptorType", t.getsetDescriptorType);
        m.constant("MemberDescriptorType", t.getsetDescriptorType);
        m.constant("ModuleType", t.moduleType);
        m.constant("CodeType", t.codeType);
        m.constant("CellType", t.cellType);
        m.constant("FrameType", t.frameType);
        m.constant("TracebackType", t.tracebackType);
        m.constant("MappingProxyType", t.mappingproxyType);
        m.constant("NoneType", t.noneType);
        m.constant("NotImplementedType", t.notImplementedType);
        m.constant("EllipsisType", t.ellipsisType);
        m.constant("GenericAlias", t.other(PGenericAlias.TYPE_NAME));
        m.constant("UnionType", t.other(PUnionType.TYPE_NAME));
        m.constant("GeneratorType", t.generatorType);
        m.constant("CoroutineType", t.coroutineType);
        m.constant("AsyncGeneratorType", t.asyncGeneratorType);
        m.function("_mark_iterable_coroutine(function, /)", a -> {
            PFunction function = (PFunction) a[0];
            function.setCode(function.code().withFlags(FunctionCode.ITERABLE_COROUTINE));
            return PNone.NONE;
        });
        SimpleNamespaceType.define(m);

        m.function("resolve_bases(bases)", a -> resolveBases(a[0], t));
        m.function("prepare_class(name, bases=(), kwds=None)", a -> {
            PTuple bases = asTuple(a[1], t);
            Keywords keywords = Keywords.of(a[2]);
            ClassCreation.Header header = ClassCreation.prepare(className(a[0]), bases, keywords.names(), keywords.values());
            PDict remaining = new PDict(t.dictType);
            for (int i = 0; i < header.keywordNames().length; i++) {
                remaining.setItem(header.keywordNames()[i], header.keywordValues()[i]);
            }
            return new PTuple(t.tupleType, new Object[]{header.metaclass(), header.namespace(), remaining});
        });
        m.function("new_class(name, bases=(), kwds=None, exec_body=None)", a -> {
            PTuple original = asTuple(a[1], t);
            PTuple resolved = resolveBases(original, t);
            Keywords keywords = Keywords.of(a[2]);
            String name = className(a[0]);
            ClassCreation.Header header = ClassCreation.prepare(name, resolved, keywords.names(), keywords.values());
            if (a[3] != PNone.NONE) {
                Calls.call(a[3], header.namespace());
            }
            if (resolved != original) {
                Subscripts.setItem(header.namespace(), "__orig_bases__", original);
            }
            // CPython's new_class is Python code in types, so the class type() makes there
            // belongs to module types unless the body said otherwise.
            if (header.namespace() instanceof PDict ns && ns.getItem("__module__") == null) {
                ns.setItem("__module__", "types");
            }
            return ClassCreation.finish(name, header);
        });
    }

    @Override
    public String pythonSource() {
        return PYTHON_PART;
    }

    /** A class's keyword arguments, from a dict (or None for none). */
    private record Keywords(String[] names, Object[] values) {

        static Keywords of(Object kwds) {
            if (kwds == PNone.NONE) {
                return new Keywords(new String[0], new Object[0]);
            }
            if (!(kwds instanceof PDict dict)) {
                throw PythonErrors.typeError("argument after ** must be a mapping, not " + TypeOf.name(kwds));
            }
            PDict.Entry[] entries = dict.entrySnapshot();
            String[] names = new String[entries.length];
            Object[] values = new Object[entries.length];
            for (int i = 0; i < entries.length; i++) {
                if (!(entries[i].key instanceof String name)) {
                    throw PythonErrors.typeError("keywords must be strings");
                }
                names[i] = name;
                values[i] = entries[i].value();
            }
            return new Keywords(names, values);
        }
    }

    private static String className(Object name) {
        if (!(name instanceof String s)) {
            throw PythonErrors.typeError("type.__new__() argument 1 must be str, not " + TypeOf.name(name));
        }
        return s;
    }

    private static PTuple asTuple(Object bases, BuiltinTypes t) {
        return bases instanceof PTuple tuple ? tuple : new PTuple(t.tupleType, Iteration.toArray(bases));
    }

    /**
     * Replaces each base that is not a class but has {@code __mro_entries__} by the tuple that
     * method returns; the same tuple object back when nothing was replaced.
     */
    private static PTuple resolveBases(Object basesArg, BuiltinTypes t) {
        PTuple bases = asTuple(basesArg, t);
        List<Object> resolved = new ArrayList<>();
        boolean updated = false;
        for (Object base : bases.items()) {
            Object entries = base instanceof PythonClass ? null : Attributes.getOrNull(base, "__mro_entries__");
            if (entries == null) {
                resolved.add(base);
                continue;
            }
            updated = true;
            Object replacement = Calls.call(entries, bases);
            if (!(replacement instanceof PTuple tuple)) {
                throw PythonErrors.typeError("__mro_entries__ must return a tuple");
            }
            resolved.addAll(Arrays.asList(tuple.items()));
        }
        return updated ? new PTuple(t.tupleType, resolved.toArray()) : bases;
    }
}
