package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The end of a program with threads still running: non-daemon threads are waited for, daemon
 * threads are not; under virtual time a daemon asleep at the end never runs again, and long
 * waits cost no real time.
 */
class ThreadExitTest {

    private static final long TIMEOUT_SECONDS = 60;
    /** Far less than the program's virtual hour, far more than it takes in real time. */
    private static final long REAL_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(40);

    @Test
    @Timeout(value = TIMEOUT_SECONDS + 10, unit = TimeUnit.SECONDS)
    void daemonLeftSleepingAtExitNeverRunsAgain() throws InterruptedException {
        LaunchedProgram run = LaunchedProgram.run(TIMEOUT_SECONDS, "--virtual-time", "-c", """
                import threading, time
                def sleeper():
                    print("daemon asleep", flush=True)
                    time.sleep(3600)
                    print("daemon awake")
                threading.Thread(target=sleeper, daemon=True).start()
                time.sleep(1)
                print("main ends at", time.monotonic())
                """);
        assertEquals("daemon asleep\nmain ends at 1.0\n", run.stdout(), run.stderr());
        assertEquals("", run.stderr());
        assertEquals(0, run.status());
        assertTrue(run.realNanos() < REAL_LIMIT_NANOS, "the program waited for its daemon in real time");
    }

    @Test
    @Timeout(value = TIMEOUT_SECONDS + 10, unit = TimeUnit.SECONDS)
    void nonDaemonThreadsAreWaitedForInVirtualTime() throws InterruptedException {
        LaunchedProgram run = LaunchedProgram.run(TIMEOUT_SECONDS, "--virtual-time", "-c", """
                import threading, time
                start = time.monotonic()
                def late(seconds):
                    time.sleep(seconds)
                    print("worker done after", time.monotonic() - start)
                threading.Thread(target=late, args=(3600,)).start()
                threading.Thread(target=late, args=(7200,), daemon=False).start()
                threading.Thread(target=late, args=(10800,), daemon=True).start()
                print("main ends at", time.monotonic() - start)
                """);
        assertEquals("main ends at 0.0\nworker done after 3600.0\nworker done after 7200.0\n", run.stdout(),
                run.stderr());
        assertEquals(0, run.status(), run.stderr());
        assertTrue(run.realNanos() < REAL_LIMIT_NANOS, "virtual hours took real time");
    }

    @Test
    @Timeout(value = TIMEOUT_SECONDS + 10, unit = TimeUnit.SECONDS)
    void nonDaemonThreadIsWaitedForInRealTime() throws InterruptedException {
        LaunchedProgram run = LaunchedProgram.run(TIMEOUT_SECONDS, "-c", """
                import threading, time
                def late():
                    time.sleep(0.3)
                    print("worker finishes after main")
                threading.Thread(target=late).start()
                print("main ends")
                """);
        assertEquals("main ends\nworker finishes after main\n", run.stdout(), run.stderr());
        assertEquals(0, run.status(), run.stderr());
    }

    @Test
    @Timeout(value = TIMEOUT_SECONDS + 10, unit = TimeUnit.SECONDS)
    void bareThreadsAreNotWaitedFor() throws InterruptedException {
        LaunchedProgram run = LaunchedProgram.run(TIMEOUT_SECONDS, "--virtual-time", "-c", """
                import _thread, time
                started = _thread.allocate_lock()
                started.acquire()
                def bare():
                    started.release()
                    time.sleep(60)
                    print("bare thread awake")
                _thread.start_new_thread(bare, ())
                started.acquire()
                print("main ends with", _thread._count(), "bare thread running")
                """);
        assertEquals("main ends with 1 bare thread running\n", run.stdout(), run.stderr());
        assertEquals(0, run.status(), run.stderr());
    }
}
