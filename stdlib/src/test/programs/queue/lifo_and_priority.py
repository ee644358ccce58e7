# LifoQueue gives the newest item first, PriorityQueue the smallest; both are Queue
# subclasses with the same blocking, size and task API.
import queue

lifo = queue.LifoQueue()
for item in "abcd":
    lifo.put(item)
print([lifo.get() for _ in range(4)], lifo.empty())
print(isinstance(lifo, queue.Queue), queue.LifoQueue.__mro__[1] is queue.Queue)

bounded = queue.LifoQueue(maxsize=1)
bounded.put("only")
try:
    bounded.put_nowait("more")
except queue.Full:
    print("LifoQueue(1) is full:", bounded.full())

pq = queue.PriorityQueue()
for item in [5, 1, 4, 1, 3, 9, 2]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])

# Tuples order by priority first, then by the next field, as usual for tuples.
jobs = queue.PriorityQueue()
for job in [(2, "write"), (1, "read"), (3, "close"), (1, "open"), (2, "flush")]:
    jobs.put(job)
while not jobs.empty():
    print(jobs.get())


# Items that cannot compare with each other need a tie-breaker.
class Task:
    def __init__(self, name):
        self.name = name


tasks = queue.PriorityQueue()
for counter, (priority, name) in enumerate([(2, "b"), (1, "a"), (2, "c")]):
    tasks.put((priority, counter, Task(name)))
print([tasks.get()[2].name for _ in range(3)])

plain = queue.PriorityQueue()
plain.put({"a": 1})
try:
    plain.put({"b": 2})
except TypeError as e:
    print("TypeError", e)
print(plain.qsize())

try:
    queue.PriorityQueue().get_nowait()
except queue.Empty:
    print("empty PriorityQueue: Empty")
