# Many threads add to one set and move items through one deque with no lock of their own:
# set.add and discard, deque.append and popleft lose nothing and never raise.
import threading
from collections import deque

THREADS, ITEMS = 8, 3000
seen = set()
start = threading.Barrier(THREADS)


def adder(n):
    start.wait()
    for i in range(ITEMS):
        seen.add(i)  # every thread adds the same values
        seen.add((n, i))
        if i % 2:
            seen.discard((n, i - 1))


threads = [threading.Thread(target=adder, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("set size:", len(seen), len(seen) == ITEMS + THREADS * ITEMS // 2)
print("only odd pairs left:", all(x[1] % 2 for x in seen if isinstance(x, tuple)))

# Producers append while consumers popleft; IndexError just means "empty for now".
line = deque()
produced_all = threading.Event()
consumed = [[] for _ in range(4)]
start = threading.Barrier(8)


def producer(p):
    start.wait()
    for i in range(ITEMS):
        line.append((p, i))


def consumer(c):
    start.wait()
    while True:
        try:
            consumed[c].append(line.popleft())
        except IndexError:
            if produced_all.is_set() and not line:
                return


producers = [threading.Thread(target=producer, args=(p,)) for p in range(4)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
produced_all.set()
for t in consumers:
    t.join()
everything = [x for part in consumed for x in part]
print("deque items:", len(everything), sorted(everything) == [(p, i) for p in range(4) for i in range(ITEMS)])
print("each consumer saw each producer in order:", all(
    [i for q, i in part if q == p] == sorted(i for q, i in part if q == p)
    for part in consumed for p in range(4)))
print("left:", len(line))
