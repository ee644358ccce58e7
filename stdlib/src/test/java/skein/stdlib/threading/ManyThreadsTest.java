package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads started and joined at once, under both clocks: every thread runs its target
 * once, with its own ident and name, each one is listed while it runs and none is after the
 * joins, and nothing is lost from the list they all append to.
 */
class ManyThreadsTest {

    private static final int THREADS = 200;
    private static final String PROGRAM = """
            import threading
            N = %d
            results = []
            results_lock = threading.Lock()
            all_in = threading.Lock()
            all_in.acquire()
            release = threading.Lock()
            release.acquire()
            def work(n):
                me = threading.current_thread()
                with results_lock:
                    results.append((n, me.name, me.ident, threading.get_ident(), me.is_alive()))
                    if len(results) == N:
                        all_in.release()
                with release:
                    pass
            threads = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in range(N)]
            for t in threads:
                t.start()
            all_in.acquire()
            print("listed while running:", threading.active_count(), len(threading.enumerate()))
            release.release()
            for t in threads:
                t.join()
            print("ran once each:", sorted(r[0] for r in results) == list(range(N)))
            print("own names:", all(r[1] == f"w{r[0]}" for r in results))
            print("own idents:", len({r[2] for r in results}) == N, all(r[2] == r[3] for r in results))
            print("alive inside:", all(r[4] for r in results))
            print("after joins:", threading.active_count(), any(t.is_alive() for t in threads))
            """.formatted(THREADS);
    private static final String EXPECTED = """
            listed while running: %d %d
            ran once each: True
            own names: True
            own idents: True True
            alive inside: True
            after joins: 1 False
            """.formatted(THREADS + 1, THREADS + 1);

    @RepeatedTest(5)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void realClock() throws InterruptedException {
        LaunchedProgram run = LaunchedProgram.run(110, "-c", PROGRAM);
        assertEquals(EXPECTED, run.stdout(), run.stderr());
        assertEquals(0, run.status(), run.stderr());
    }

    @RepeatedTest(5)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void virtualClock() throws InterruptedException {
        LaunchedProgram run = LaunchedProgram.run(110, "--virtual-time", "-c", PROGRAM);
        assertEquals(EXPECTED, run.stdout(), run.stderr());
        assertEquals(0, run.status(), run.stderr());
    }
}
