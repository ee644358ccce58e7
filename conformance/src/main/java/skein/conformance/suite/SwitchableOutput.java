package skein.conformance.suite;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * The stdout (or stderr) of a session's context: what is written goes to the buffer of the cell
 * running now, whichever thread writes it, as a notebook shows a background thread's output
 * under the cell that is running when it prints.
 */
final class SwitchableOutput extends OutputStream {

    private ByteArrayOutputStream current = new ByteArrayOutputStream();

    /** Starts a new buffer; returns what the previous cell's buffer holds. */
    synchronized byte[] next() {
        byte[] previous = current.toByteArray();
        current = new ByteArrayOutputStream();
        return previous;
    }

    @Override
    public synchronized void write(int b) {
        current.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        current.write(bytes, offset, length);
    }
}
