# When the main thread's code ends, the interpreter waits for every non-daemon thread before
# exiting: the workers' lines come after the main thread's last line. Each worker waits for
# the one before it, so their order is fixed. atexit handlers run after that wait.
import atexit
import threading
import time

main_done = threading.Event()
finished = [threading.Event() for _ in range(4)]
finished[0] = main_done


def late_worker(n):
    finished[n - 1].wait()
    time.sleep(0.02)
    print(f"worker {n} finishes after main")
    finished[n].set()


atexit.register(print, "atexit handler runs after the workers")
for n in range(1, 4):
    threading.Thread(target=late_worker, args=(n,)).start()

print("main thread reaches its end; active threads:", threading.active_count())
main_done.set()
