# A queue's attributes are plain attributes in CPython, and code assigns them: a new maxsize
# or container takes effect at once, unfinished_tasks is whatever was stored, a deleted or
# never-set attribute is an AttributeError when a method needs it, and replacing the mutex
# or a condition with another object makes the queue use that object's methods.
import queue
import threading
from collections import deque


def attempt(label, action):
    try:
        print(label, "->", repr(action()))
    except Exception as e:
        print(label, "raises", type(e).__name__, e)


q = queue.Queue()
q.put(1)
q.maxsize = 1
print("full after maxsize=1:", q.full())
attempt("put_nowait when full", lambda: q.put_nowait(2))
q.maxsize = 0
q.put(2)
q.queue = deque(["x", "y"])
print("new container:", q.qsize(), q.get(), list(q.queue), q.unfinished_tasks)

q.unfinished_tasks = 1
q.task_done()
attempt("task_done below zero", q.task_done)
q.unfinished_tasks = 2.5
q.put("z")
print("float count:", q.unfinished_tasks)
q.unfinished_tasks = "many"
attempt("task_done on a str count", q.task_done)
attempt("put with a str count", lambda: q.put("w"))
print("the item went in before the count failed:", q.qsize())
del q.unfinished_tasks
attempt("unfinished_tasks after del", lambda: q.unfinished_tasks)
attempt("join after del", q.join)
q.unfinished_tasks = 0
del q.maxsize
attempt("full without maxsize", q.full)
attempt("put without maxsize", lambda: q.put(1))
q.maxsize = 3.5
print("float maxsize:", q.full(), q.qsize())


class NoInit(queue.Queue):
    def __init__(self):
        pass


n = NoInit()
for name in ("put", "get", "qsize", "empty", "full", "task_done", "join"):
    args = (1,) if name == "put" else ()
    attempt("NoInit." + name, lambda: getattr(n, name)(*args))
attempt("NoInit.queue", lambda: n.queue)


class LoggingCondition:
    """Condition-like: records each call, over a real lock."""

    def __init__(self, name, lock):
        self.name, self.lock = name, lock

    def __enter__(self):
        print(" ", self.name, "enter")
        return self.lock.__enter__()

    def __exit__(self, *exc):
        print(" ", self.name, "exit", exc[0].__name__ if exc[0] else None)
        return self.lock.__exit__(*exc)

    def wait(self, timeout=None):
        print(" ", self.name, "wait", timeout)

    def notify(self, n=1):
        print(" ", self.name, "notify")

    def notify_all(self):
        print(" ", self.name, "notify_all")


class LoggingLock:
    def __init__(self):
        self.lock = threading.Lock()

    def __enter__(self):
        print("  mutex enter")
        return self.lock.__enter__()

    def __exit__(self, *exc):
        print("  mutex exit")
        return self.lock.__exit__(*exc)


logged = queue.Queue(maxsize=1)
shared = threading.Lock()
logged.not_empty = LoggingCondition("not_empty", shared)
logged.not_full = LoggingCondition("not_full", shared)
logged.all_tasks_done = LoggingCondition("all_tasks_done", shared)
logged.mutex = LoggingLock()
print("put:")
logged.put("a")
print("put_nowait on a full queue:")
attempt("", lambda: logged.put_nowait("b"))
print("get:")
print(logged.get())
print("get with a timeout on an empty queue:")
attempt("", lambda: logged.get(timeout=0))
print("task_done:")
logged.task_done()
print("join:")
logged.join()
print("qsize, empty, full:")
print(logged.qsize(), logged.empty(), logged.full())

r = queue.Queue()
r.mutex = threading.RLock()
with r.mutex:
    print("RLock mutex, taken twice:", r.qsize(), r.empty())
