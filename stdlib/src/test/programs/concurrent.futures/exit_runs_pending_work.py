# Worker threads are not daemons: when the main module ends, work already submitted still
# runs, and the process waits for it. The calls given to threading._register_atexit run
# first (the latest first), then concurrent.futures' own, which ends the idle workers.
from concurrent.futures import ThreadPoolExecutor
import threading

executor = ThreadPoolExecutor(max_workers=2)
main_done = threading.Event()
at_exit = threading.Event()


def task(n, gate):
    gate.wait()
    print("task", n, "runs after", "the main module" if gate is main_done else "the atexit call")
    return n


def release():
    print("threading atexit call, before the workers are joined")
    at_exit.set()


first = executor.submit(task, 1, main_done)
threading._register_atexit(release)
print("main module ends with the first task done:", first.done())
main_done.set()
first.result()
second = executor.submit(task, 2, at_exit)
