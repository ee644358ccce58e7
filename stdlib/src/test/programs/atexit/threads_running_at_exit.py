# At exit the interpreter first waits for the non-daemon threads, then runs the callbacks, even
# when threading was imported before atexit and when a thread registers a callback itself. A
# daemon thread still blocked is left alone.
import threading
import atexit
import time

results = []
results_lock = threading.Lock()
release = threading.Event()


def worker(n):
    release.wait()
    time.sleep(0.01 * n)
    with results_lock:
        results.append(n)
    if n == 2:
        atexit.register(print, "callback registered by worker 2")


def summary():
    print("callback sees", sorted(results), "alive non-daemon:",
          sum(1 for t in threading.enumerate() if t.is_alive() and not t.daemon and t is not threading.main_thread()))


atexit.register(summary)
workers = [threading.Thread(target=worker, args=(n,)) for n in range(1, 5)]
for t in workers:
    t.start()
blocked = threading.Thread(target=threading.Event().wait, daemon=True)
blocked.start()
print("main ends with", threading.active_count(), "threads")
release.set()
