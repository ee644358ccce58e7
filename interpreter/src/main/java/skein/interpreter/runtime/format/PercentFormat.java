package skein.interpreter.runtime.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.PercentConversion.Malformation;
import skein.interpreter.runtime.format.PercentConversion.Stage;

/**
 * A parsed %-format string for {@code str % operands}: literal pieces and conversions
 * ({@code %(key)s}, flags {@code -+ #0}, width and precision as numbers or '*', length
 * modifiers h l L, conversions d i o u x X e E f F g G c r s a). The format of
 * {@code bytes % operands}, read as a Latin-1 string, also takes {@code %b} (the same as
 * {@code %s}) and has its own rules for {@code %c}; its result is Latin-1 too. Parsing never fails: a
 * malformed conversion ends the pieces and raises when formatting reaches it, as CPython
 * does, so a parsed format can be cached and applied many times.
 */
public final class PercentFormat {

    /** A piece of the format: literal text or a conversion. */
    public sealed interface Piece permits Literal, PercentConversion {
    }

    /** Text copied as it is ("%%" already made "%"). */
    public record Literal(String text) implements Piece {
    }

    private static final long MAX_WIDTH = Long.MAX_VALUE;
    private static final int MAX_PRECISION = Integer.MAX_VALUE;

    /** Which operator the format serves: {@code str % x} or {@code bytes % x}. */
    public enum Dialect { STR, BYTES }

    private final List<Piece> pieces;
    private final Dialect dialect;

    private PercentFormat(List<Piece> pieces, Dialect dialect) {
        this.pieces = List.copyOf(pieces);
        this.dialect = dialect;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    @TruffleBoundary
    public static PercentFormat parse(String format) {
        return parse(format, Dialect.STR);
    }

    /** Parses a format for {@code str % x}, or for {@code bytes % x} given the bytes as Latin-1 text. */
    @TruffleBoundary
    public static PercentFormat parse(String format, Dialect dialect) {
        int[] text = format.codePoints().toArray();
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int pos = 0;
        while (pos < text.length) {
            if (text[pos] != '%') {
                literal.appendCodePoint(text[pos++]);
                continue;
            }
            pos++;
            if (pos < text.length && text[pos] == '%') {
                literal.append('%');
                pos++;
                continue;
            }
            if (!literal.isEmpty()) {
                pieces.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            ConversionParser parser = new ConversionParser(text, pos, dialect);
            PercentConversion conversion = parser.parse();
            pieces.add(conversion);
            if (conversion.malformation() != null) {
                return new PercentFormat(pieces, dialect);
            }
            pos = parser.pos;
        }
        if (!literal.isEmpty()) {
            pieces.add(new Literal(literal.toString()));
        }
        return new PercentFormat(pieces, dialect);
    }

    /**
     * {@code format % operand}: a tuple supplies one item per conversion (and per '*'), a
     * mapping serves {@code %(key)} conversions, any other object is the single operand.
     */
    @TruffleBoundary
    public String format(Object operand, PercentOperands operands) {
        return new Run(operand, operands).format();
    }

    /** One application of the format: where the operands stand. */
    private final class Run {
        private final PercentOperands operands;
        private final Object mapping;
        private Object current;
        private List<?> items;
        /** CPython's argument cursor: for a tuple, 0..length; for a single operand, -2 then -1. */
        private int index;
        private int length;

        Run(Object operand, PercentOperands operands) {
            this.operands = operands;
            this.items = operands.tupleItems(operand);
            this.mapping = items == null && operands.isMapping(operand) ? operand : null;
            this.current = operand;
            if (items != null) {
                index = 0;
                length = items.size();
            } else {
                index = -2;
                length = -1;
            }
        }

        String format() {
            StringBuilder out = new StringBuilder();
            for (Piece piece : pieces) {
                switch (piece) {
                    case Literal literal -> out.append(literal.text());
                    case PercentConversion conversion -> {
                        out.append(convert(conversion));
                        if (mapping != null && index < length) {
                            throw notAllConverted();
                        }
                    }
                }
            }
            if (index < length && mapping == null) {
                throw notAllConverted();
            }
            return out.toString();
        }

        private String convert(PercentConversion spec) {
            Malformation malformation = spec.malformation();
            if (spec.key() != null || (malformation != null && malformation.stage() == Stage.BEFORE_KEY_LOOKUP)) {
                if (mapping == null) {
                    throw PythonErrors.typeError("format requires a mapping");
                }
                raiseAt(Stage.BEFORE_KEY_LOOKUP, malformation);
                current = operands.getItem(mapping, spec.key());
                items = null;
                index = -2;
                length = -1;
            }
            long operandWidth = 0;
            int operandPrecision = 0;
            if (spec.width() == PercentConversion.FROM_OPERAND) {
                operandWidth = starValue(MAX_WIDTH, "Python int too large to convert to C ssize_t");
            }
            if (spec.precision() == PercentConversion.FROM_OPERAND) {
                operandPrecision = (int) starValue(MAX_PRECISION, "Python int too large to convert to C int");
            }
            raiseAt(Stage.BEFORE_OPERAND, malformation);
            Object value = next();
            raiseAt(Stage.AFTER_OPERAND, malformation);
            if (spec.width() == PercentConversion.FROM_OPERAND || spec.precision() == PercentConversion.FROM_OPERAND) {
                spec = spec.withOperandSizes(operandWidth, operandPrecision);
            }
            int conversion = spec.conversion();
            return switch (conversion) {
                case 's', 'b' -> spec.formatText(operands.str(value));
                case 'r' -> spec.formatText(operands.repr(value));
                case 'a' -> spec.formatText(StringRepr.asciiEscape(operands.repr(value)));
                case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                    boolean indexOnly = conversion == 'o' || conversion == 'x' || conversion == 'X';
                    Number integer = operands.toInteger(value, indexOnly);
                    if (integer == null) {
                        throw PythonErrors.typeError("%" + (char) conversion + " format: "
                                + (indexOnly ? "an integer" : "a real number") + " is required, not "
                                + limitName(operands.typeName(value)));
                    }
                    yield spec.formatInteger(integer, operands.intMaxStrDigits());
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> spec.formatFloat(operands.toDouble(value));
                default -> formatCharacter(spec, value);
            };
        }

        private String formatCharacter(PercentConversion spec, Object value) {
            if (dialect == Dialect.BYTES) {
                return formatByte(spec, value);
            }
            String text = operands.stringValue(value);
            if (text != null) {
                if (text.codePointCount(0, text.length()) != 1) {
                    throw PythonErrors.typeError("%c requires int or char");
                }
                return spec.formatCharacter(text.codePointAt(0));
            }
            Number integer = operands.toInteger(value, true);
            if (integer == null) {
                throw PythonErrors.typeError("%c requires int or char");
            }
            return spec.formatCharacter(integer);
        }

        /** {@code %c} of bytes: a bytes object of length 1 (as Latin-1 text from stringValue) or an int below 256. */
        private String formatByte(PercentConversion spec, Object value) {
            String text = operands.stringValue(value);
            if (text != null && text.length() == 1) {
                return spec.formatCharacter(text.charAt(0));
            }
            Number integer = text == null ? operands.toInteger(value, true) : null;
            if (integer == null) {
                throw PythonErrors.typeError("%c requires an integer in range(256) or a single byte");
            }
            if (integer instanceof BigInteger || integer.longValue() < 0 || integer.longValue() > 255) {
                throw PythonErrors.overflowError("%c arg not in range(256)");
            }
            return spec.formatCharacter((int) integer.longValue());
        }

        /** A width or precision taken from the operands by '*'. */
        private long starValue(long limit, String overflowMessage) {
            Number value = operands.intValue(next());
            if (value == null) {
                throw PythonErrors.typeError("* wants int");
            }
            BigInteger big = value instanceof BigInteger b ? b : BigInteger.valueOf(value.longValue());
            if (big.abs().compareTo(BigInteger.valueOf(limit)) > 0 && big.compareTo(BigInteger.valueOf(-limit - 1)) != 0) {
                throw PythonErrors.overflowError(overflowMessage);
            }
            return big.longValue();
        }

        private Object next() {
            if (index < length) {
                index++;
                return length < 0 ? current : items.get(index - 1);
            }
            throw PythonErrors.typeError("not enough arguments for format string");
        }

        private static void raiseAt(Stage stage, Malformation malformation) {
            if (malformation != null && malformation.stage() == stage) {
                throw PythonErrors.valueError(malformation.message());
            }
        }

        private PException notAllConverted() {
            return PythonErrors.typeError("not all arguments converted during "
                    + (dialect == Dialect.BYTES ? "bytes" : "string") + " formatting");
        }

        private static String limitName(String typeName) {
            return typeName.length() <= 200 ? typeName : typeName.substring(0, 200);
        }
    }

    /** Reads one conversion after its '%', mirroring the order in which CPython consumes it. */
    private static final class ConversionParser {
        private final int[] text;
        int pos;
        private int ch;
        /** The text ended before the conversion character. */
        private boolean exhausted;

        private String key;
        private boolean leftAdjust;
        private boolean forceSign;
        private boolean blankSign;
        private boolean alternate;
        private boolean zeroPad;
        private long width = PercentConversion.NONE;
        private int precision = PercentConversion.NONE;

        private final Dialect dialect;

        ConversionParser(int[] text, int pos, Dialect dialect) {
            this.text = text;
            this.pos = pos;
            this.dialect = dialect;
        }

        PercentConversion parse() {
            if (pos < text.length && text[pos] == '(') {
                int keyStart = ++pos;
                int depth = 1;
                while (depth > 0 && pos < text.length) {
                    int c = text[pos++];
                    if (c == ')') {
                        depth--;
                    } else if (c == '(') {
                        depth++;
                    }
                }
                if (depth > 0) {
                    return malformed(Stage.BEFORE_KEY_LOOKUP, "incomplete format key");
                }
                key = new String(text, keyStart, pos - 1 - keyStart);
            }
            while (advance()) {
                switch (ch) {
                    case '-' -> leftAdjust = true;
                    case '+' -> forceSign = true;
                    case ' ' -> blankSign = true;
                    case '#' -> alternate = true;
                    case '0' -> zeroPad = true;
                    default -> {
                        return afterFlags();
                    }
                }
            }
            return malformed(Stage.BEFORE_OPERAND, "incomplete format");
        }

        private PercentConversion afterFlags() {
            if (ch == '*') {
                width = PercentConversion.FROM_OPERAND;
                advance();
            } else if (isDigit(ch)) {
                long value = ch - '0';
                while (advance() && isDigit(ch)) {
                    if (value > (MAX_WIDTH - (ch - '0')) / 10) {
                        return malformed(Stage.BEFORE_OPERAND, "width too big");
                    }
                    value = value * 10 + (ch - '0');
                }
                width = value;
            }
            if (!exhausted && ch == '.') {
                precision = 0;
                if (advance() && ch == '*') {
                    precision = PercentConversion.FROM_OPERAND;
                    advance();
                } else if (!exhausted && isDigit(ch)) {
                    int value = ch - '0';
                    while (advance() && isDigit(ch)) {
                        if (value > (MAX_PRECISION - (ch - '0')) / 10) {
                            return malformed(Stage.BEFORE_OPERAND, "precision too big");
                        }
                        value = value * 10 + (ch - '0');
                    }
                    precision = value;
                }
            }
            if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L')) {
                advance();
            }
            if (exhausted) {
                return malformed(Stage.BEFORE_OPERAND, "incomplete format");
            }
            return switch (ch) {
                case 's', 'r', 'a', 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c' -> conversion(null);
                case 'b' -> dialect == Dialect.BYTES ? conversion(null) : unsupported();
                default -> unsupported();
            };
        }

        private PercentConversion unsupported() {
            return malformed(Stage.AFTER_OPERAND, "unsupported format character '"
                    + (ch >= 31 && ch <= 126 ? (char) ch : '?') + "' (0x" + Integer.toHexString(ch)
                    + ") at index " + (pos - 1));
        }

        /** Reads the next character into {@code ch}; false, and exhausted, at the end of the text. */
        private boolean advance() {
            if (pos >= text.length) {
                exhausted = true;
                return false;
            }
            ch = text[pos++];
            return true;
        }

        private PercentConversion malformed(Stage stage, String message) {
            return conversion(new Malformation(stage, message));
        }

        private PercentConversion conversion(Malformation malformation) {
            return new PercentConversion(key, leftAdjust, forceSign, blankSign, alternate, zeroPad, width,
                    precision, ch, malformation);
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }
    }
}
