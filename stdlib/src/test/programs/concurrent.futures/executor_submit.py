# ThreadPoolExecutor.submit(fn, /, *args, **kwargs) returns a Future for fn(*args, **kwargs),
# which runs at once on a worker thread; result() gives its value or raises what it raised.
from concurrent.futures import ThreadPoolExecutor, Future
import threading


def describe(a, b=0, *, c=0):
    return f"a={a} b={b} c={c} on {threading.current_thread().name}"


def fail(message):
    raise KeyError(message)


with ThreadPoolExecutor(max_workers=2) as executor:
    first = executor.submit(describe, 1)
    print(type(first) is Future, first.result())
    print(executor.submit(describe, 1, 2).result())
    print(executor.submit(describe, 1, c=3).result())
    print(executor.submit(describe, a=4, b=5).result())
    print(executor.submit(dict, fn=6, self=7).result())
    failing = executor.submit(fail, "missing")
    try:
        failing.result()
    except KeyError as e:
        print("result raised KeyError", e, "exception() is the same:", failing.exception() is e)
    print(executor.submit(sum, [1, 2, 3], start=10).result())
    print(executor.submit(lambda: threading.current_thread() is threading.main_thread()).result())
print(executor._max_workers, executor._shutdown)
