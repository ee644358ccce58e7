package skein.examples;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Embedding Skein in a Java application with the GraalVM polyglot API: evaluate Python code in
 * a context, read results back as Java values, capture what the script prints.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Runs a small Python computation and returns what it printed followed by its result. */
    public static String run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("skein").out(out).err(out)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval("skein", """
                    def triangle(n):
                        return n * (n + 1) // 2

                    for n in (1, 2, 3):
                        print(n, triangle(n))
                    """);
            Value sum = context.eval("skein", "triangle(100) + triangle(200)");
            return out.toString(StandardCharsets.UTF_8) + "result " + sum.asLong();
        }
    }

    public static void main(String[] args) {
        System.out.println(run());
    }
}
