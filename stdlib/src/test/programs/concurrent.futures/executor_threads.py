# Worker threads: none before the first submit, one more per submit while none is idle and
# fewer than max_workers exist, reused afterwards; named ThreadPoolExecutor-N_M (N counts the
# executors named by default) or PREFIX_M; listed by threading.enumerate(), not daemons.
from concurrent.futures import ThreadPoolExecutor
import threading
import os


def workers():
    return sorted(t.name for t in threading.enumerate() if t is not threading.main_thread())


first = ThreadPoolExecutor(max_workers=3)
print("before submit:", workers(), len(first._threads))
gate = threading.Event()
running = threading.Barrier(4)


def blocked(n):
    running.wait()
    gate.wait()
    return n, threading.current_thread().name


futures = [first.submit(blocked, n) for n in range(3)]
running.wait()
print("three blocked tasks:", workers())
extra = first.submit(lambda: threading.current_thread().name)
print("a fourth task waits for a worker:", extra.done(), workers())
gate.set()
print("results:", sorted(name for _, name in (f.result() for f in futures)), extra.result().startswith("ThreadPoolExecutor-0_"))
print("daemon:", sorted({t.daemon for t in threading.enumerate() if t.name.startswith("ThreadPoolExecutor-0")}))
first.shutdown()
print("after shutdown:", workers())

second = ThreadPoolExecutor(max_workers=4)
names = set()
for i in range(5):
    names.add(second.submit(lambda: threading.current_thread().name).result())
print("sequential tasks reuse one worker:", sorted(names))
second.shutdown()

named = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool")
print(named.submit(lambda: threading.current_thread().name).result(), named._thread_name_prefix)
named.shutdown()
third = ThreadPoolExecutor()
print(third._thread_name_prefix, third._max_workers == min(32, (os.cpu_count() or 1) + 4))
print(third.submit(lambda: threading.current_thread().name).result())
third.shutdown()
print("at the end:", workers())
