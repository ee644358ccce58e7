package skein.stdlib.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

/**
 * An application that embeds Skein closes its context while Python threads still run: the
 * close ends as Python's finalisation does (non-daemon threads are waited for, then the
 * atexit callbacks run) and stops the daemon threads wherever they are (blocked on a queue,
 * asleep, or computing), instead of failing or hanging.
 */
class ContextCloseThreadsTest {

    @RepeatedTest(3)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void closeWaitsForNonDaemonThreadsAndStopsDaemonThreads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("skein").out(out).allowCreateThread(true)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval("skein", """
                    import atexit, queue, threading, time
                    atexit.register(print, "atexit callback")
                    waiting = queue.Queue()
                    def spin():
                        n = 0
                        while True:
                            n += 1
                    threading.Thread(target=waiting.get, daemon=True).start()
                    threading.Thread(target=time.sleep, args=(3600,), daemon=True).start()
                    threading.Thread(target=spin, daemon=True).start()
                    threading.Lock().acquire()
                    held = threading.Lock()
                    held.acquire()
                    threading.Thread(target=held.acquire, daemon=True).start()
                    def late():
                        time.sleep(0.2)
                        print("non-daemon worker done", flush=True)
                    threading.Thread(target=late).start()
                    print("main done", flush=True)
                    """);
        }
        assertEquals("main done\nnon-daemon worker done\natexit callback\n", out.toString(StandardCharsets.UTF_8));
    }
}
