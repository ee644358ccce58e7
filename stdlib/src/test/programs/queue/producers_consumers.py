# Several producers and consumers share one bounded Queue: every item is consumed exactly
# once, each producer's items come out in the order it put them, and the bound is respected.
import queue
import threading

PRODUCERS, CONSUMERS, ITEMS = 3, 4, 300
q = queue.Queue(maxsize=5)
taken = {n: [] for n in range(CONSUMERS)}
highest_size = [0]
size_lock = threading.Lock()


def producer(p):
    for i in range(ITEMS):
        q.put((p, i))
        with size_lock:
            highest_size[0] = max(highest_size[0], q.qsize())


def consumer(c):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        taken[c].append(item)
        q.task_done()


consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(CONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()

everything = [item for items in taken.values() for item in items]
print("consumed:", len(everything), "distinct:", len(set(everything)))
print("all items:", sorted(everything) == [(p, i) for p in range(PRODUCERS) for i in range(ITEMS)])
# Each consumer sees any one producer's items in increasing order (FIFO).
print("per-producer order kept:", all(
    [i for p2, i in items if p2 == p] == sorted(i for p2, i in items if p2 == p)
    for items in taken.values() for p in range(PRODUCERS)))
print("bound respected:", highest_size[0] <= 5, "empty at the end:", q.empty(), q.unfinished_tasks)
