# threading.local: each thread sees only the attributes it set itself.
import threading

data = threading.local()
data.owner = "main"
data.items = [1]

results = {}
results_lock = threading.Lock()
all_set = threading.Barrier(3)


def worker(n):
    before = hasattr(data, "owner"), sorted(vars(data))
    data.owner = f"worker-{n}"
    data.items = [n] * n
    all_set.wait()  # every thread has set its own values before any reads them back
    with results_lock:
        results[n] = before, data.owner, data.items, sorted(data.__dict__)
    del data.items
    try:
        data.items
    except AttributeError:
        with results_lock:
            results[n] += ("items deleted",)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
print("main still has:", data.owner, data.items, sorted(vars(data)))

try:
    data.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    del data.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(data, "missing", "default"), hasattr(data, "owner"))

# Two separate local objects do not share anything, even in one thread.
other = threading.local()
other.owner = "other"
print(data.owner, other.owner)
print(type(data).__name__, isinstance(data, threading.local))
