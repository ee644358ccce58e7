# queue.SimpleQueue: an unbounded FIFO without task tracking; put never blocks and accepts
# block and timeout only for compatibility.
import queue
import threading

sq = queue.SimpleQueue()
print(type(sq).__module__, sq.empty(), sq.qsize())
sq.put(1)
sq.put(2, block=False)
sq.put(3, True, 5)
sq.put_nowait(4)
print(sq.qsize(), sq.empty())
print(sq.get(), sq.get(block=False), sq.get(True, 1), sq.get_nowait(), sq.empty())

for label, action in [
    ("get_nowait", sq.get_nowait),
    ("get(block=False)", lambda: sq.get(block=False)),
    ("get(timeout=0.02)", lambda: sq.get(timeout=0.02)),
]:
    try:
        action()
    except queue.Empty as e:
        print(label, "Empty", type(e) is queue.Empty)
for label, action in [
    ("get(timeout=-1)", lambda: sq.get(timeout=-1)),
    ("get(timeout='x')", lambda: sq.get(timeout="x")),
]:
    try:
        action()
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

for name in ("maxsize", "task_done", "join", "full"):
    print(name, hasattr(sq, name))

# A blocked get wakes when another thread puts.
got = []
t = threading.Thread(target=lambda: got.append(sq.get()))
t.start()
t.join(0.02)
print("waiting:", t.is_alive(), got)
sq.put("hello")
t.join()
print("got:", got)


# Many producers, one consumer: every item arrives once, and each producer's items in order.
def produce(n):
    for i in range(200):
        sq.put((n, i))


producers = [threading.Thread(target=produce, args=(n,)) for n in range(4)]
for p in producers:
    p.start()
received = [sq.get() for _ in range(800)]
for p in producers:
    p.join()
print(len(received), sorted(received) == [(n, i) for n in range(4) for i in range(200)])
print(all([i for m, i in received if m == n] == list(range(200)) for n in range(4)), sq.empty())
print(isinstance(sq, queue.Queue), issubclass(queue.SimpleQueue, object))
