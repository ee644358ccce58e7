# Executor.map(fn, *iterables, timeout=None) submits every call at once and returns a
# generator yielding the results in submission order; the first failure is raised when the
# generator reaches it, and the generator is then closed; several iterables are zipped.
from concurrent.futures import ThreadPoolExecutor
from inspect import getgeneratorstate, isgenerator
import threading

order = []
lock = threading.Lock()
released = {n: threading.Event() for n in range(4)}
finished = {n: threading.Event() for n in range(4)}


def task(n):
    released[n].wait()
    with lock:
        order.append(n)
    finished[n].set()
    if n == 2:
        raise RuntimeError(f"task {n} failed")
    return n * 10


with ThreadPoolExecutor(max_workers=4) as executor:
    results = executor.map(task, range(4))
    print(isgenerator(results), results.__qualname__, getgeneratorstate(results))
    for n in (3, 1, 0, 2):
        released[n].set()
        finished[n].wait()
    try:
        for r in results:
            print("result", r)
    except RuntimeError as e:
        print("raised:", e, getgeneratorstate(results))
    print(list(results))
print("completion order:", order)

with ThreadPoolExecutor(max_workers=2) as executor:
    print(list(executor.map(pow, [2, 3, 4], [5, 2])))
    print(list(executor.map(str.upper, "")))
    print(list(executor.map(lambda: 1)))
    try:
        executor.map(len, 5)
    except TypeError as e:
        print("TypeError:", e)
    gen = executor.map(abs, [-1, -2, -3])
    print(next(gen), list(gen))
