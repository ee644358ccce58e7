# Executor.map with a timeout: the deadline is fixed when map is called; a result not ready
# by then raises TimeoutError from the generator, which is closed and cancels what has not
# started.
from concurrent.futures import ThreadPoolExecutor
from inspect import getgeneratorstate
import threading
import time

gate = threading.Event()


def slow(n):
    if n == 0:
        gate.wait()
    return n


executor = ThreadPoolExecutor(max_workers=1)
start = time.monotonic()
results = executor.map(slow, range(3), timeout=0.2)
try:
    next(results)
except TimeoutError as e:
    print("TimeoutError", repr(str(e)), time.monotonic() - start >= 0.2, getgeneratorstate(results))
gate.set()
executor.shutdown()
print("done")
try:
    executor.map(slow, [1], timeout="x")
except TypeError as e:
    print("TypeError:", e)
