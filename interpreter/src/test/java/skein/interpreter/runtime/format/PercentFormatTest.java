package skein.interpreter.runtime.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import skein.interpreter.runtime.exception.PythonErrors;

/** {@code str % operand} against CPython, over a small object model of Java values. */
class PercentFormatTest {

    @Test
    void percentFormattingMatchesCPython() {
        Vectors.check("percent.txt", (c, v) -> {
            String format = c.field(0);
            Object operand = readOperand(c);
            String actual = Vectors.outcome(() -> PercentFormat.parse(format).format(operand, new JavaValues()));
            v.expect(c, actual, String.join(" ", c.fields().subList(0, c.size() - 1)));
        });
    }

    /** Python's None in the test's object model. */
    private enum None { NONE }

    private record Tuple(List<Object> items) {
    }

    private record PyList(List<Object> items) {
    }

    private static Object readOperand(Vectors.Case c) {
        String kind = c.field(1);
        if (kind.equals("V")) {
            return readValue(c.field(2));
        }
        int count = Integer.parseInt(kind.substring(1));
        if (kind.startsWith("D")) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                map.put(c.field(2 + 2 * i), readValue(c.field(3 + 2 * i)));
            }
            return map;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(readValue(c.field(2 + i)));
        }
        return kind.startsWith("T") ? new Tuple(items) : new PyList(items);
    }

    private static Object readValue(String field) {
        String payload = field.substring(1);
        return switch (field.charAt(0)) {
            case 'i' -> Vectors.parseInt(payload);
            case 'b' -> payload.equals("1");
            case 'f' -> Vectors.parseFloat(payload);
            case 's' -> payload;
            case 'n' -> None.NONE;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Python semantics for the Java values the vectors use. */
    private static final class JavaValues implements PercentOperands {

        @Override
        public List<?> tupleItems(Object operand) {
            return operand instanceof Tuple tuple ? tuple.items() : null;
        }

        @Override
        public boolean isMapping(Object operand) {
            return operand instanceof Map || operand instanceof PyList;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            if (mapping instanceof PyList) {
                throw PythonErrors.typeError("list indices must be integers or slices, not str");
            }
            Map<?, ?> map = (Map<?, ?>) mapping;
            if (!map.containsKey(key)) {
                throw new Vectors.TestPythonError("KeyError", StringRepr.repr(key));
            }
            return map.get(key);
        }

        @Override
        public Number intValue(Object v) {
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            return v instanceof Long || v instanceof BigInteger ? (Number) v : null;
        }

        @Override
        public Number toInteger(Object v, boolean indexOnly) {
            Number integer = intValue(v);
            if (integer != null || indexOnly || !(v instanceof Double d)) {
                return integer;
            }
            return FloatRounding.truncate(d);
        }

        @Override
        public double toDouble(Object v) {
            return switch (v) {
                case Double d -> d;
                case Boolean b -> b ? 1.0 : 0.0;
                case Long l -> l;
                case BigInteger big -> IntToFloat.convert(big);
                default -> throw PythonErrors.typeError("must be real number, not " + typeName(v));
            };
        }

        @Override
        public String stringValue(Object v) {
            return v instanceof String s ? s : null;
        }

        @Override
        public String str(Object v) {
            return v instanceof String s ? s : repr(v);
        }

        @Override
        public String repr(Object v) {
            return switch (v) {
                case String s -> StringRepr.repr(s);
                case Boolean b -> b ? "True" : "False";
                case Long l -> IntText.decimal(l);
                case BigInteger big -> IntText.decimal(big, intMaxStrDigits());
                case Double d -> FloatRepr.repr(d);
                case None n -> "None";
                case Tuple t -> t.items().size() == 1 ? "(" + repr(t.items().get(0)) + ",)"
                        : t.items().stream().map(this::repr).collect(Collectors.joining(", ", "(", ")"));
                case PyList l -> l.items().stream().map(this::repr).collect(Collectors.joining(", ", "[", "]"));
                case Map<?, ?> m -> m.entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
                default -> throw new IllegalArgumentException(String.valueOf(v));
            };
        }

        @Override
        public String typeName(Object v) {
            return switch (v) {
                case String s -> "str";
                case Boolean b -> "bool";
                case Long l -> "int";
                case BigInteger big -> "int";
                case Double d -> "float";
                case None n -> "NoneType";
                case Tuple t -> "tuple";
                case PyList l -> "list";
                case Map<?, ?> m -> "dict";
                default -> throw new IllegalArgumentException(String.valueOf(v));
            };
        }

        @Override
        public int intMaxStrDigits() {
            return IntText.DEFAULT_MAX_STR_DIGITS;
        }
    }
}
