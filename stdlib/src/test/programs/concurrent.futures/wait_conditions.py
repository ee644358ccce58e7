# wait(fs, timeout, return_when) returns the named tuple DoneAndNotDoneFutures(done, not_done)
# of sets: ALL_COMPLETED waits for every future, FIRST_COMPLETED for one, FIRST_EXCEPTION for
# the first that raised (or all); a timeout returns what is done by then.
import concurrent.futures
from concurrent.futures import (ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                Future)
import threading
import time

print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
gates = [threading.Event() for _ in range(3)]


def task(n):
    gates[n].wait()
    if n == 1:
        raise ValueError("one failed")
    return n


def names(futures, all_futures):
    return sorted(all_futures.index(f) for f in futures)


with ThreadPoolExecutor(max_workers=3) as executor:
    fs = [executor.submit(task, n) for n in range(3)]
    result = wait(fs, timeout=0.05)
    print(type(result).__name__, result._fields, names(result.done, fs), names(result.not_done, fs))
    gates[2].set()
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed:", names(done, fs), names(not_done, fs))
    gates[0].set()
    fs[0].result()
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION, timeout=0.05)
    print("no exception yet:", names(done, fs), names(not_done, fs))
    gates[1].set()
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", names(done, fs), names(not_done, fs))
    print("all completed:", [names(s, fs) for s in wait(fs + fs)])
    print("timeout 0:", [names(s, fs) for s in wait(fs, timeout=0)])
    print("already first:", [names(s, fs) for s in wait(fs, return_when=FIRST_COMPLETED)])

print(wait([]))
print(wait([], return_when="nonsense"))
pending = Future()
cancelled = Future()
cancelled.cancel()
print("cancelled but not notified:", [len(s) for s in wait([cancelled], timeout=0)])
cancelled.set_running_or_notify_cancel()
print("notified:", [len(s) for s in wait([cancelled], timeout=0)])


def finish_later():
    time.sleep(0.05)
    pending.set_result("late")


threading.Thread(target=finish_later).start()
print("waits for a result set by a thread:", [len(s) for s in wait([pending, cancelled])], pending.result())
try:
    wait([Future()], return_when="nonsense")
except ValueError as e:
    print("ValueError:", e)
