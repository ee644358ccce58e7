package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;

/** {@code iter(str)}: one code point at a time. */
public final class PStringIterator extends PIterator {

    private final String string;
    private int offset;

    public PStringIterator(PythonClass cls, String string) {
        super(cls);
        this.string = string;
    }

    @Override
    public int lengthHint() {
        return string.codePointCount(offset, string.length());
    }

    @Override
    public Object next() {
        if (offset >= string.length()) {
            return null;
        }
        char c = string.charAt(offset);
        if (!Character.isHighSurrogate(c) || offset + 1 >= string.length()) {
            offset++;
            return String.valueOf(c);
        }
        int codePoint = string.codePointAt(offset);
        offset += Character.charCount(codePoint);
        return new String(Character.toChars(codePoint));
    }
}
