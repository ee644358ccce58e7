package skein.stdlib.operator;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.format.StringRepr;

/** {@code operator.methodcaller(name, /, *args, **kwargs)}: {@code obj.name(*args, **kwargs)}. */
final class MethodCaller extends PythonObject {

    private final String name;
    private final Object[] args;
    private final String[] keywordNames;
    private final Object[] keywordValues;

    MethodCaller(PythonClass cls, String name, Object[] args, PDict kwargs) {
        super(cls);
        this.name = name;
        this.args = args;
        PDict.Entry[] entries = kwargs.entrySnapshot();
        this.keywordNames = new String[entries.length];
        this.keywordValues = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            keywordNames[i] = (String) entries[i].key;
            keywordValues[i] = entries[i].value();
        }
    }

    Object apply(Object obj) {
        return Calls.callWithKeywords(Attributes.get(obj, name), args, keywordNames, keywordValues);
    }

    String repr() {
        StringBuilder sb = new StringBuilder("operator.methodcaller(").append(StringRepr.repr(name));
        for (Object arg : args) {
            sb.append(", ").append(Reprs.repr(arg));
        }
        for (int i = 0; i < keywordNames.length; i++) {
            sb.append(", ").append(keywordNames[i]).append('=').append(Reprs.repr(keywordValues[i]));
        }
        return sb.append(')').toString();
    }
}
