# The public attributes of Queue that code relies on: the underlying container `queue` (a
# deque, or a list for LifoQueue and PriorityQueue), the `mutex` lock and the conditions
# built on it; clearing or peeking under the mutex; and subscripting for type hints.
import queue
import threading

q = queue.Queue()
for n in (3, 1, 2):
    q.put(n)
print(type(q.queue).__name__, list(q.queue), q.queue[0])
print(type(q.mutex) is type(threading.Lock()))
for name in ("not_empty", "not_full", "all_tasks_done"):
    cond = getattr(q, name)
    with cond:  # each condition is built on the mutex
        print(name, type(cond).__name__, q.mutex.locked())

# Peeking and clearing under the mutex; clearing does not touch the task count.
with q.mutex:
    head = q.queue[0]
    q.queue.clear()
print(head, q.qsize(), q.empty(), q.unfinished_tasks)

print(type(queue.LifoQueue().queue).__name__, type(queue.PriorityQueue().queue).__name__)
pq = queue.PriorityQueue()
for n in (5, 3, 8, 1):
    pq.put(n)
print("smallest without taking it:", pq.queue[0], pq.qsize())

# A waiting getter is woken through not_empty, as put does it.
got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
with q.not_empty:
    q.queue.append("slipped in")
    q.unfinished_tasks += 1
    q.not_empty.notify()
t.join()
print(got, q.unfinished_tasks)

print(queue.Queue[int], queue.PriorityQueue[tuple], queue.SimpleQueue[str])
print(type(queue.Queue[int]).__name__, queue.Queue[int].__origin__ is queue.Queue)
