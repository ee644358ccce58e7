# task_done and join: join blocks until every item put has been marked done; one task_done
# too many raises ValueError; unfinished_tasks counts the open items.
import queue
import threading

q = queue.Queue()
q.join()  # nothing was put: returns at once
print("join on an empty queue returned")
for i in range(5):
    q.put(i)
print("unfinished:", q.unfinished_tasks)
print([q.get() for _ in range(5)], "unfinished after get:", q.unfinished_tasks)
for _ in range(5):
    q.task_done()
print("unfinished after task_done:", q.unfinished_tasks)
q.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e, q.unfinished_tasks)

# join waits for workers to finish the items, not just to take them.
work = queue.Queue()
finished = []
lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            finished.append(item * item)
        work.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    work.put(i)
work.join()
print("after join, all finished:", len(finished), sorted(finished)[:5], work.unfinished_tasks)
for _ in workers:
    work.put(None)
for w in workers:
    w.join()
print("workers stopped:", [w.is_alive() for w in workers], work.empty())

# A join in another thread waits until the main thread marks the last item done.
jq = queue.Queue()
jq.put("x")
joined = []
j = threading.Thread(target=lambda: joined.append(jq.join()))
j.start()
jq.get()
j.join(0.05)
print("joiner waiting after get:", j.is_alive(), joined)
jq.task_done()
j.join()
print("joiner done after task_done:", joined)

# LifoQueue and PriorityQueue share the counting.
for cls in (queue.LifoQueue, queue.PriorityQueue):
    other = cls()
    other.put(1)
    other.get()
    other.task_done()
    try:
        other.task_done()
    except ValueError as e:
        print(cls.__name__, "ValueError", e)
