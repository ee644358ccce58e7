# as_completed(fs) is a generator: nothing happens until it is iterated; it yields futures
# already done first, then each as it completes, in completion order, each once (duplicates
# in fs are dropped).
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, Future
import inspect
import threading

gates = [threading.Event() for _ in range(4)]


def task(n):
    gates[n].wait()
    return n


with ThreadPoolExecutor(max_workers=4) as executor:
    futures = [executor.submit(task, n) for n in range(4)]
    done_already = Future()
    done_already.set_result("early")
    iterator = as_completed(futures + futures[:2] + [done_already])
    print(type(iterator).__name__, iterator.__name__, inspect.getgeneratorstate(iterator))
    print(next(iterator).result())
    for n in (2, 0, 3, 1):
        gates[n].set()
        print(next(iterator).result())
    print(list(iterator))

print(list(as_completed([])))
f = Future()
f.cancel()
f.set_running_or_notify_cancel()
print([g.cancelled() for g in as_completed([f])])
