package skein.interpreter.runtime.codecs;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PBytes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/** The exceptions codecs raise, with the attributes CPython gives them. */
final class CodecErrors {

    private CodecErrors() {
    }

    /** {@code UnicodeDecodeError(encoding, object, start, end, reason)}. */
    static PException decodeError(String encoding, byte[] data, int start, int end, String reason) {
        BuiltinTypes types = SkeinLanguage.types();
        Object error = Calls.call(types.unicodeDecodeError, encoding, new PBytes(types.bytesType, data.clone()),
                (long) start, (long) end, reason);
        return new PException((PBaseException) error, null);
    }

    /** {@code UnicodeEncodeError(encoding, object, start, end, reason)}; positions in code points. */
    static PException encodeError(String encoding, String text, int start, int end, String reason) {
        BuiltinTypes types = SkeinLanguage.types();
        Object error = Calls.call(types.exceptionByName("UnicodeEncodeError"), encoding, text, (long) start,
                (long) end, reason);
        return new PException((PBaseException) error, null);
    }

    static PException lookupError(String message) {
        return PythonErrors.create(SkeinLanguage.types().lookupError, message);
    }
}
