package skein.interpreter.runtime.format;

import java.util.List;

/**
 * What the {@code %} operator needs to know about Python objects; the interpreter implements
 * it over its object model. Ints are handed over as {@code Long} or {@code BigInteger}.
 */
public interface PercentOperands {

    /** The items when the right operand is a tuple, else null. */
    List<?> tupleItems(Object operand);

    /** Whether the right operand serves {@code %(key)s} lookups: a mapping, neither tuple nor str. */
    boolean isMapping(Object operand);

    /** {@code mapping[key]}, raising what the lookup raises. */
    Object getItem(Object mapping, String key);

    /** The value of an int (bool included), or null when v is not an int. */
    Number intValue(Object v);

    /**
     * {@code int(v)}, or {@code operator.index(v)} when {@code indexOnly}: null when v is not a
     * number or the conversion raises TypeError; other errors propagate.
     */
    Number toInteger(Object v, boolean indexOnly);

    /** {@code float(v)} as the % operator takes it: TypeError "must be real number, not T" otherwise. */
    double toDouble(Object v);

    /** v itself when it is a str, else null. */
    String stringValue(Object v);

    String str(Object v);

    String repr(Object v);

    /** The name of v's type, for error messages. */
    String typeName(Object v);

    /** {@code sys.get_int_max_str_digits()}. */
    int intMaxStrDigits();
}
