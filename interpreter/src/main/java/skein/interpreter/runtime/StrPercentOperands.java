package skein.interpreter.runtime;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.format.IntText;
import skein.interpreter.runtime.format.PercentOperands;

import java.util.Arrays;
import java.util.List;

/** The {@code %} operator's view of Python objects, for {@code str % operand}. */
public class StrPercentOperands implements PercentOperands {

    public static final StrPercentOperands INSTANCE = new StrPercentOperands();

    protected StrPercentOperands() {
    }

    @Override
    public List<?> tupleItems(Object operand) {
        return operand instanceof PTuple tuple ? Arrays.asList(tuple.items()) : null;
    }

    /** CPython's test: the type supports item access and the operand is neither a tuple nor a str. */
    @Override
    public boolean isMapping(Object operand) {
        if (operand instanceof PDict) {
            return true;
        }
        return !(operand instanceof PTuple) && !(operand instanceof String)
                && !(operand instanceof PValueObject boxed && boxed.value() instanceof String)
                && TypeOf.get(operand).lookup("__getitem__") != null;
    }

    @Override
    public Object getItem(Object mapping, String key) {
        return Subscripts.getItem(mapping, key);
    }

    @Override
    public Number intValue(Object v) {
        return (Number) Numbers.intValueOrNull(v);
    }

    /** {@code operator.index(v)} or {@code int(v)} for numbers: objects with __index__, __int__ or __float__. */
    @Override
    public Number toInteger(Object v, boolean indexOnly) {
        Number direct = intValue(v);
        if (direct != null) {
            return direct;
        }
        if (!isNumber(v)) {
            return null;
        }
        try {
            Object result = indexOnly ? Numbers.index(v) : Calls.call(SkeinLanguage.types().intType, v);
            return (Number) Numbers.intValueOrNull(result);
        } catch (PException e) {
            if (e.pythonClass().isSubclassOf(SkeinLanguage.types().typeError)) {
                return null;
            }
            throw e;
        }
    }

    /** CPython's PyNumber_Check: the type converts to an int or a float. */
    private static boolean isNumber(Object v) {
        if (Numbers.floatValueOrNull(v) != null) {
            return true;
        }
        var type = TypeOf.get(v);
        return type.lookup("__index__") != null || type.lookup("__int__") != null || type.lookup("__float__") != null;
    }

    @Override
    public double toDouble(Object v) {
        return Numbers.asDouble(v);
    }

    @Override
    public String stringValue(Object v) {
        if (v instanceof String s) {
            return s;
        }
        return v instanceof PValueObject boxed && boxed.value() instanceof String s ? s : null;
    }

    @Override
    public String str(Object v) {
        return Reprs.str(v);
    }

    @Override
    public String repr(Object v) {
        return Reprs.repr(v);
    }

    @Override
    public String typeName(Object v) {
        return TypeOf.name(v);
    }

    @Override
    public int intMaxStrDigits() {
        return IntText.DEFAULT_MAX_STR_DIGITS;
    }
}
