package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;

/** Adds the methods and attributes of every builtin type, once per language. */
public final class BuiltinTypeDefinitions {

    private BuiltinTypeDefinitions() {
    }

    public static void defineAll(BuiltinDefiner d) {
        ObjectMethods.define(d);
        TypeMethods.define(d);
        IntMethods.define(d);
        BoolMethods.define(d);
        FloatMethods.define(d);
        ComplexMethods.define(d);
        StrMethods.define(d);
        BytesMethods.define(d);
        ByteArrayMethods.define(d);
        FunctionMethods.define(d);
        DescriptorMethods.define(d);
        ModuleMethods.define(d);
        SingletonMethods.define(d);
        TracebackMethods.define(d);
        ExceptionMethods.define(d);
        IteratorMethods.define(d);
        GeneratorMethods.define(d);
        CoroutineMethods.define(d);
        AsyncGeneratorMethods.define(d);
        TextIOMethods.define(d);
        BinaryIOMethods.define(d);
        GenericAliasMethods.define(d);
        UnionTypeMethods.define(d);
        ListMethods.define(d);
        TupleMethods.define(d);
        DictMethods.define(d);
        DictViewMethods.define(d);
        MappingProxyMethods.define(d);
        SetMethods.define(d);
        RangeMethods.define(d);
        SliceMethods.define(d);
    }
}
