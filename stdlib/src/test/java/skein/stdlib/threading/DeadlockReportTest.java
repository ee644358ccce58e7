package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under virtual time, threads that join each other, or a join on a thread that waits for a lock
 * its joiner holds, can never go on: Skein reports which thread waits for what, with each one's
 * Python stack, and exits with status 1 instead of hanging.
 */
class DeadlockReportTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = TIMEOUT_SECONDS + 10, unit = TimeUnit.SECONDS)
    void threadsJoiningEachOther() throws Exception {
        LaunchedProgram run = LaunchedProgram.runScript(TIMEOUT_SECONDS, directory, """
                import threading
                threads = {}
                go = threading.Lock()
                go.acquire()
                def join_other(other):
                    with go:
                        pass
                    threads[other].join()
                threads["A"] = threading.Thread(target=join_other, args=("B",), name="A")
                threads["B"] = threading.Thread(target=join_other, args=("A",), name="B")
                threads["A"].start()
                threads["B"].start()
                go.release()
                print("main reaches its end")
                """, "--virtual-time");
        assertEquals("main reaches its end\n", run.stdout(), run.stderr());
        assertEquals(1, run.status(), run.stderr());
        assertTrue(run.stderr().startsWith("Deadlock: every thread is waiting"), run.stderr());
        assertTrue(run.stderr().contains("Thread A waits for <Thread(B, started "), run.stderr());
        assertTrue(run.stderr().contains("Thread B waits for <Thread(A, started "), run.stderr());
        assertTrue(run.stderr().contains("in join_other\n    threads[other].join()\n"), run.stderr());
    }

    @Test
    @Timeout(value = TIMEOUT_SECONDS + 10, unit = TimeUnit.SECONDS)
    void mainJoinsThreadWaitingForLockMainHolds() throws Exception {
        LaunchedProgram run = LaunchedProgram.runScript(TIMEOUT_SECONDS, directory, """
                import threading
                lock = threading.Lock()
                lock.acquire()
                def worker():
                    lock.acquire()
                t = threading.Thread(target=worker, name="locker")
                t.start()
                print("joining")
                t.join()
                print("never printed")
                """, "--virtual-time");
        assertEquals("joining\n", run.stdout(), run.stderr());
        assertEquals(1, run.status(), run.stderr());
        assertTrue(run.stderr().contains("Thread MainThread waits for <Thread(locker, started "), run.stderr());
        assertTrue(run.stderr().contains("    t.join()\n"), run.stderr());
        assertTrue(run.stderr().contains("Thread locker waits for <locked _thread.lock object at "), run.stderr());
        assertTrue(run.stderr().contains("in worker\n    lock.acquire()\n"), run.stderr());
    }
}
