# The notes' threading.local example: each thread counts in its own local attribute. The
# count is smaller than the notes' million, and the lines are printed after the joins in the
# threads' order, since two threads printing at once could come out in either order.
import threading

local_data = threading.local()
lines = {}


def worker():
    local_data.counter = 0
    for _ in range(100000):
        local_data.counter += 1
    lines[threading.current_thread().name] = f"Thread {threading.current_thread().name}: {local_data.counter}"


threads = [threading.Thread(target=worker) for _ in range(2)]

for t in threads:
    t.start()

for t in threads:
    t.join()

for t in threads:
    print(lines[t.name])
