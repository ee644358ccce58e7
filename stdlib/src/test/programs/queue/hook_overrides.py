# Queue's hook methods _init, _qsize, _put and _get decide the storage and the order; a
# subclass overriding them changes what put and get do, blocking and task counting included.
import heapq
import queue
import threading
from collections import deque


class ShortestFirst(queue.Queue):
    """Hands out the shortest string first; ties in arrival order."""

    def _init(self, maxsize):
        self.heap = []
        self.arrivals = 0

    def _qsize(self):
        return len(self.heap)

    def _put(self, item):
        heapq.heappush(self.heap, (len(item), self.arrivals, item))
        self.arrivals += 1

    def _get(self):
        return heapq.heappop(self.heap)[2]


q = ShortestFirst()
for word in ["banana", "fig", "apple", "kiwi", "plum", "date"]:
    q.put(word)
print(q.qsize(), [q.get() for _ in range(q.qsize())], q.empty())


class Deduplicating(queue.Queue):
    """Ignores an item already waiting in the queue; qsize counts distinct items."""

    def _init(self, maxsize):
        self.order = deque()
        self.waiting = set()

    def _qsize(self):
        return len(self.order)

    def _put(self, item):
        if item not in self.waiting:
            self.waiting.add(item)
            self.order.append(item)

    def _get(self):
        item = self.order.popleft()
        self.waiting.discard(item)
        return item


d = Deduplicating(maxsize=3)
for n in [1, 2, 1, 2, 3]:
    d.put_nowait(n)  # the duplicates do not fill the queue
print(d.qsize(), d.full(), d.unfinished_tasks)
try:
    d.put_nowait(4)
except queue.Full:
    print("Full at", d.qsize())
print([d.get() for _ in range(3)], d.empty())


class Rotating(queue.Queue):
    """Takes from the front and the back in turn; maxsize comes from the subclass __init__."""

    def __init__(self):
        super().__init__(maxsize=4)

    def _init(self, maxsize):
        self.items = deque()
        self.from_front = True

    def _qsize(self):
        return len(self.items)

    def _put(self, item):
        self.items.append(item)

    def _get(self):
        self.from_front = not self.from_front
        return self.items.pop() if self.from_front else self.items.popleft()


r = Rotating()
print("maxsize", r.maxsize)
results = []
consumer = threading.Thread(target=lambda: results.extend(r.get() for _ in range(8)))
for n in range(4):
    r.put(n)
consumer.start()
for n in range(4, 8):
    r.put(n)
consumer.join()
# The first get takes from the front of the full queue. Whether the second takes 3, or 4 put by
# the main thread woken by the first get, is a race: CPython's GIL settles it, threads that
# run in parallel need not.
print(sorted(results), results[0])
