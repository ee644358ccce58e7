# shutdown(wait=True) waits for every task, the queued ones too; the with-block calls it on
# exit; shutdown(wait=False) returns at once while the work goes on; cancel_futures=True
# cancels what has not started; shutting down twice is harmless.
from concurrent.futures import ThreadPoolExecutor
import threading
import time

log = []
lock = threading.Lock()


def record(n, delay):
    time.sleep(delay)
    with lock:
        log.append(n)
    return n


with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(record, n, 0.05 * (4 - n)) for n in range(4)]
print("after the with-block:", sorted(log), all(f.done() for f in futures))

executor = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
started = threading.Event()


def first_task():
    started.set()
    return gate.wait()


first = executor.submit(first_task)
started.wait()
queued = [executor.submit(record, n, 0) for n in range(10, 13)]
executor.shutdown(wait=False, cancel_futures=True)
print("first running:", first.running(), "queued cancelled:", [f.cancelled() for f in queued])
gate.set()
executor.shutdown()
print("first result:", first.result(), "shut down again:", executor._shutdown)

executor = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
slow = executor.submit(gate.wait)
later = executor.submit(record, 20, 0)
executor.shutdown(wait=False)
print("shutdown(wait=False) returned; later done:", later.done())
gate.set()
print("later still runs:", later.result())
executor.shutdown(wait=True)
print([t.name for t in threading.enumerate()])


class Tracked(ThreadPoolExecutor):
    def shutdown(self, wait=True, *, cancel_futures=False):
        print("shutdown called, wait =", wait)
        super().shutdown(wait, cancel_futures=cancel_futures)


with Tracked(max_workers=1) as tracked:
    print(tracked.submit(record, 30, 0).result())
print(tracked.__enter__() is tracked, tracked.__exit__(None, None, None))
