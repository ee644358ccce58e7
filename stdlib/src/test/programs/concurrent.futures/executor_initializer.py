# initializer(*initargs) runs once in each worker before its first task; one that raises is
# logged ("Exception in initializer:" and its traceback on sys.stderr) and breaks the pool:
# the queued work fails with BrokenThreadPool, and so does every later submit.
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool
from support import Capture

seen = []
lock = threading.Lock()


def setup(tag, extra):
    with lock:
        seen.append((tag, extra, threading.current_thread().name))


with ThreadPoolExecutor(max_workers=1, initializer=setup, initargs=("init", 1)) as executor:
    print([executor.submit(pow, 2, n).result() for n in range(3)])
print(seen)


def broken_setup():
    raise OSError("no resource")


capture = Capture()
saved, sys.stderr = sys.stderr, capture
try:
    executor = ThreadPoolExecutor(max_workers=1, initializer=broken_setup)
    future = executor.submit(print, "never printed")
    try:
        future.result()
    except BrokenThreadPool as e:
        print("BrokenThreadPool:", e)
    try:
        executor.submit(print, "never printed either")
    except BrokenExecutor as e:
        print(type(e).__name__, "from submit:", e)
    executor.shutdown()
finally:
    sys.stderr = saved
print("logged:", capture.unindented_lines())
print(issubclass(BrokenThreadPool, BrokenExecutor), issubclass(BrokenExecutor, RuntimeError), executor._broken)
