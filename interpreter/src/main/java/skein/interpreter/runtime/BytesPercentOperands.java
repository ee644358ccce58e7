package skein.interpreter.runtime;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBytes;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.text.ByteText;

/**
 * The {@code %} operator's view of Python objects, for {@code bytes % operand}: text is bytes
 * as Latin-1, %s and %b take bytes-like objects or {@code __bytes__}, %r and %a give ascii().
 */
public final class BytesPercentOperands extends StrPercentOperands {

    public static final BytesPercentOperands INSTANCE = new BytesPercentOperands();

    private BytesPercentOperands() {
    }

    /** Item access serves %(key) lookups, except on bytes-like objects. */
    @Override
    public boolean isMapping(Object operand) {
        return !BytesLike.isBytesLike(operand) && super.isMapping(operand);
    }

    @Override
    public Object getItem(Object mapping, String key) {
        return Subscripts.getItem(mapping, new PBytes(SkeinLanguage.types().bytesType, ByteText.bytes(key)));
    }

    /** A single byte for %c: the byte of a bytes-like object of length 1, as text. */
    @Override
    public String stringValue(Object v) {
        byte[] bytes = BytesLike.bytesOrNull(v);
        return bytes != null && bytes.length == 1 ? ByteText.of(bytes) : null;
    }

    @Override
    public String str(Object v) {
        byte[] bytes = BytesLike.bytesOrNull(v);
        if (bytes == null && TypeOf.get(v).lookup("__bytes__") != null) {
            Object result = Calls.callSpecial(v, "__bytes__");
            if (!(result instanceof PBytes b)) {
                throw PythonErrors.typeError("__bytes__ returned non-bytes (type " + TypeOf.name(result) + ")");
            }
            bytes = b.bytes();
        }
        if (bytes == null) {
            throw PythonErrors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + TypeOf.name(v) + "'");
        }
        return ByteText.of(bytes);
    }

    @Override
    public String repr(Object v) {
        return Formatting.ascii(v);
    }
}
