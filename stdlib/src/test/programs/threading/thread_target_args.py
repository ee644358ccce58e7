# threading.Thread with target, args, kwargs, name and daemon; results are collected by the
# threads and printed by the main thread after join, so the output never depends on scheduling.
import threading

results = {}


def worker(key, a, b, *, scale=1, label="none"):
    results[key] = (a + b) * scale, label, threading.current_thread().name


t1 = threading.Thread(target=worker, args=("one", 1, 2))
t2 = threading.Thread(target=worker, args=("two", 3, 4), kwargs={"scale": 10, "label": "ten"})
t3 = threading.Thread(target=worker, name="custom", args=["three", 5, 6], kwargs={"label": "list args"})
t4 = threading.Thread(None, worker, "positional", ("four", 7, 8), {"scale": 2}, daemon=True)

for t in (t1, t2, t3, t4):
    print(t.name, t.daemon, t.is_alive())
    t.start()
for t in (t1, t2, t3, t4):
    t.join()
    print(t.name, t.is_alive())

for key in sorted(results):
    print(key, results[key])

# A thread with no target does nothing and ends at once.
empty = threading.Thread()
empty.start()
empty.join()
print(empty.name, empty.is_alive())

# run() called directly executes the target in the calling thread, without starting anything.
direct = threading.Thread(target=worker, args=("direct", 1, 1))
direct.run()
print(results["direct"][2] == threading.current_thread().name, direct.is_alive(), direct.ident)

# The name is converted with str(); daemon=None inherits from the creating thread.
odd = threading.Thread(name=42, daemon=None)
print(repr(odd.name), odd.daemon)
