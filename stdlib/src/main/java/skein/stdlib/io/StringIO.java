package skein.stdlib.io;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code io.StringIO}: text in memory, kept as code points so that positions count characters
 * as Python does. Its own methods report a closed object without a full stop, as CPython's do.
 */
final class StringIO extends MemoryStream {

    private static final int[] EMPTY = new int[0];
    private static final int SEEN_CR = 1;
    private static final int SEEN_LF = 2;
    private static final int SEEN_CRLF = 4;

    private int[] text = EMPTY;
    private NewlineMode mode = NewlineMode.LF;
    /** The line endings written so far ({@code newlines}), when the mode tracks them. */
    private int seen;

    StringIO(PythonClass cls) {
        super(cls, "I/O operation on closed file", "Negative size value ");
    }

    /** {@code __init__}: empties the object and writes {@code initial} (null for none) at the start. */
    synchronized void reset(String initial, NewlineMode newMode) {
        reopen();
        seen = 0;
        mode = newMode;
        if (initial != null) {
            write(initial);
            position = 0;
        }
    }

    /** Writes at the position, past the end after padding with NULs; returns the length of {@code s}. */
    synchronized long write(String s) {
        checkOpen();
        long written = s.codePointCount(0, s.length());
        if (written == 0) {
            return 0;
        }
        if (mode.tracksEndings()) {
            noteEndings(s);
        }
        int[] points = mode.onWrite(s).codePoints().toArray();
        int end = position + points.length;
        if (end > text.length) {
            text = Arrays.copyOf(text, Math.max(end, text.length + (text.length >> 1) + 16));
        }
        if (position > size) {
            Arrays.fill(text, size, position, 0);
        }
        System.arraycopy(points, 0, text, position, points.length);
        position = end;
        size = Math.max(size, end);
        return written;
    }

    private void noteEndings(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seen |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
            }
        }
    }

    /** Up to {@code count} characters (all that are left when negative). */
    synchronized String read(long count) {
        checkOpen();
        return take(readCount(count));
    }

    /** The next line, ending included, at most {@code limit} characters when not negative. */
    synchronized String readLine(long limit) {
        checkOpen();
        if (position >= size) {
            return "";
        }
        int end = limit < 0 || limit > size - position ? size : position + (int) limit;
        return take(mode.lineEnd(text, position, end) - position);
    }

    private String take(int n) {
        String result = new String(text, position, n);
        position += n;
        return result;
    }

    synchronized String getValue() {
        checkOpen();
        return new String(text, 0, size);
    }

    synchronized long seek(long offset, int whence) {
        checkOpen();
        if (whence < 0 || whence > 2) {
            throw PythonErrors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (whence == 0 && offset < 0) {
            throw PythonErrors.valueError("Negative seek position " + offset);
        }
        if (whence != 0 && offset != 0) {
            throw IOModule.osError("Can't do nonzero cur-relative seeks");
        }
        if (whence == 1) {
            return position;
        }
        return moveTo(whence == 2 ? size : offset);
    }

    /** {@code newlines}: the endings written so far, None when none or the mode does not track them. */
    synchronized Object newlines(PythonClass tupleType) {
        checkOpen();
        List<Object> found = new ArrayList<>();
        if ((seen & SEEN_CR) != 0) {
            found.add("\r");
        }
        if ((seen & SEEN_LF) != 0) {
            found.add("\n");
        }
        if ((seen & SEEN_CRLF) != 0) {
            found.add("\r\n");
        }
        return switch (found.size()) {
            case 0 -> PNone.NONE;
            case 1 -> found.get(0);
            default -> new PTuple(tupleType, found.toArray());
        };
    }

    @Override
    protected void discardBuffer() {
        text = EMPTY;
    }
}
