# result(timeout) and exception(timeout) on a future not done raise TimeoutError (the builtin
# one, as concurrent.futures.TimeoutError is in 3.11) when the time runs out, at once for a
# timeout of 0 or less; a result set meanwhile by another thread ends the wait.
import concurrent.futures
import threading
import time
from concurrent.futures import Future

print(concurrent.futures.TimeoutError is TimeoutError)
f = Future()
for timeout in (0, -1, 0.05):
    for method in (f.result, f.exception):
        start = time.monotonic()
        try:
            method(timeout=timeout)
        except TimeoutError as e:
            waited = time.monotonic() - start
            print(method.__name__, timeout, type(e).__name__, repr(str(e)), waited >= (timeout if timeout > 0 else 0))

started = threading.Event()


def later():
    started.wait()
    time.sleep(0.05)
    f.set_result("arrived")


t = threading.Thread(target=later)
t.start()
started.set()
print(f.result(timeout=30))
t.join()
print(f.result(timeout=0))
try:
    Future().result(timeout="soon")
except TypeError as e:
    print("TypeError", e)
Future().result(timeout=0)
