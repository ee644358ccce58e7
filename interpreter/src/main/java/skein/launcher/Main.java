package skein.launcher;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;

/** The {@code skein} command: runs {@link Launcher} on the process's own streams and exits with its status. */
public final class Main {

    /** Python recursion needs more Java stack than a JVM main thread has. */
    private static final long MAIN_STACK_BYTES = 1L << 30;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        Launcher launcher = new Launcher(new FileInputStream(FileDescriptor.in), out, err, null);
        int[] status = new int[1];
        Thread main = new Thread(null, () -> status[0] = launcher.run(args), "MainThread", MAIN_STACK_BYTES);
        main.start();
        main.join();
        System.exit(status[0]);
    }
}
