package skein.launcher;

/** The command-line entry: {@code skein SCRIPT.py [ARGS...]}, {@code skein -c CODE}, {@code skein --version}. */
public final class Main {

    public static void main(String[] args) {
        System.out.println("Skein");
    }
}
