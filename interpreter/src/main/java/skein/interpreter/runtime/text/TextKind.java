package skein.interpreter.runtime.text;

import skein.interpreter.runtime.format.PythonCharacters;

/** Whether a text algorithm serves str, or bytes held as a Latin-1 string: their rules differ. */
public enum TextKind {
    STR,
    BYTES;

    /** Whitespace for {@code split()} and {@code strip()}: Unicode's for str, ASCII's for bytes. */
    public boolean isSpace(int c) {
        if (this == BYTES) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return PythonCharacters.isSpace(c);
    }

    /** A line boundary for {@code splitlines()}; "\r\n" counts as one, which the caller handles. */
    public boolean isLineBreak(int c) {
        if (c == '\n' || c == '\r') {
            return true;
        }
        return this == STR && (c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85
                || c == 0x2028 || c == 0x2029);
    }
}
