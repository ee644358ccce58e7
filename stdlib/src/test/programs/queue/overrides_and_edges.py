# Overrides reach every call CPython's queue.py makes through self: put_nowait and get_nowait
# call self.put and self.get, hooks may be replaced on the instance, and a __getattribute__
# sees the lookups. Also: the heap a PriorityQueue keeps, containers of another type, the
# timeout rules when an item is already there, and SimpleQueue's constructor and subclasses.
import queue
import _queue
from collections import deque


def attempt(label, action):
    try:
        print(label, "->", repr(action()))
    except Exception as e:
        print(label, "raises", type(e).__name__, e)


pq = queue.PriorityQueue()
for n in [5, 3, 9, 1, 7, 2, 8, 2, 6, 0, 4]:
    pq.put(n)
print("heap:", pq.queue)
print(pq.get(), pq.get(), "heap:", pq.queue)
ties = queue.PriorityQueue()
for item in [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]:
    ties.put(item)
print("ties:", list(ties.queue), [ties.get() for _ in range(5)])


class Loud(queue.Queue):
    def put(self, item, block=True, timeout=None):
        print("  Loud.put", item, block, timeout)
        super().put(item, block, timeout)

    def get(self, block=True, timeout=None):
        print("  Loud.get", block, timeout)
        return super().get(block, timeout)


loud = Loud()
loud.put_nowait(5)
print(loud.get_nowait())

own = queue.Queue()
own._put = lambda item: own.queue.appendleft(item)
for n in range(3):
    own.put(n)
print("instance _put:", list(own.queue), own.get())
del own._put
own.put(9)
print("after del:", list(own.queue))


class Watched(queue.LifoQueue):
    def __getattribute__(self, name):
        if name.startswith("_") and not name.startswith("__"):
            print("  looked up", name)
        return super().__getattribute__(name)


w = Watched()
w.put("a")
print(w.get())

q = queue.Queue()
q.put(1)
attempt("get(timeout='x') with an item", lambda: q.get(timeout="x"))
attempt("get(timeout=1e20) with an item", lambda: q.get(timeout=1e20))
attempt("get(timeout=1e20) when empty", lambda: q.get(timeout=1e20))
attempt("get(timeout=0.0) when empty", lambda: q.get(timeout=0.0))
attempt("get(0)", lambda: q.get(0))
attempt("get('')", lambda: q.get(""))
attempt("put(timeout=-1) unbounded", lambda: q.put(2, timeout=-1))
attempt("put(timeout='x') unbounded", lambda: q.put(3, timeout="x"))
print(q.qsize(), q.unfinished_tasks)

lifo = queue.LifoQueue()
attempt("LifoQueue get_nowait when empty", lifo.get_nowait)
attempt("LifoQueue._get when empty", lifo._get)
attempt("Queue._get when empty", queue.Queue()._get)
attempt("PriorityQueue._get when empty", queue.PriorityQueue()._get)
lifo.queue = deque()
lifo.put(1)
lifo.put(2)
print("LifoQueue over a deque:", lifo.queue, lifo.get())
tupled = queue.PriorityQueue()
tupled.queue = (1, 2)
attempt("PriorityQueue put into a tuple", lambda: tupled.put(3))
attempt("PriorityQueue get from a tuple", tupled.get_nowait)

attempt("Queue(maxsize=None).put", lambda: queue.Queue(maxsize=None).put(1))
attempt("Queue(maxsize=2.5).full", lambda: queue.Queue(maxsize=2.5).full())
print(queue.Queue(3).full(), queue.Queue(-3).full())
print(queue.Empty, queue.Full, queue.Queue.__module__, queue.LifoQueue.__mro__, queue.PriorityQueue.__bases__)
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty, queue.__all__)
e = queue.Empty("why")
print(repr(e), str(e), e.args, repr(queue.Full()))
attempt("attribute missing", lambda: queue.Queue().peek)

sq = queue.SimpleQueue()
attempt("setting an attribute on a SimpleQueue", lambda: setattr(sq, "x", 1))
attempt("SimpleQueue(1)", lambda: queue.SimpleQueue(1))
attempt("SimpleQueue(x=1)", lambda: queue.SimpleQueue(x=1))


class Plain(queue.SimpleQueue):
    pass


class WithInit(queue.SimpleQueue):
    def __init__(self, label):
        self.label = label


attempt("Plain(1)", lambda: Plain(1))
wi = WithInit("mine")
wi.put(1)
print(type(wi).__name__, wi.label, wi.get())
sq.put(1)
attempt("get(False, 'x')", lambda: sq.get(False, "x"))
sq.put(1)
attempt("get(timeout=1e20) with an item", lambda: sq.get(timeout=1e20))
attempt("get(timeout=0)", lambda: sq.get(timeout=0))
attempt("get(timeout=-0.0)", lambda: sq.get(timeout=-0.0))
attempt("put(1, timeout=-5)", lambda: sq.put(1, timeout=-5))
print(sq.qsize(), sq.get_nowait(), sq.empty())
print(sorted(k for k in vars(_queue.SimpleQueue) if not k.startswith("__")))
