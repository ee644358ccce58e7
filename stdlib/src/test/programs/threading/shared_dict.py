# Many threads write to one dict with no lock of their own: setting their own keys, setting
# the same keys, setdefault, update and pop. The operations the CPython FAQ calls atomic lose
# nothing and never raise; only sizes and sorted contents are printed.
import threading

THREADS, KEYS = 8, 2000
shared = {}
start = threading.Barrier(THREADS)


def writer(n):
    start.wait()
    for i in range(KEYS):
        shared[(n, i)] = i * n
        shared[i] = n  # every thread writes the same keys; the last write wins
        shared.setdefault(("first", i), n)
        if i % 250 == 0:
            shared.update({("bulk", n, i): True})


threads = [threading.Thread(target=writer, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
own = [k for k in shared if isinstance(k, tuple) and isinstance(k[0], int)]
print("own keys:", len(own), all(shared[(n, i)] == i * n for n, i in own))
print("shared keys:", sum(isinstance(k, int) for k in shared),
      all(0 <= shared[i] < THREADS for i in range(KEYS)))
print("setdefault keys:", sum(1 for k in shared if isinstance(k, tuple) and k[0] == "first"))
print("bulk keys:", sorted(k[1:] for k in shared if isinstance(k, tuple) and k[0] == "bulk")[:10])
print("total size:", len(shared), len(shared) == THREADS * KEYS + KEYS + KEYS + THREADS * (KEYS // 250))

# Popping: each key is removed by exactly one thread.
start = threading.Barrier(THREADS)
removed = [0] * THREADS


def remover(n):
    start.wait()
    for i in range(KEYS):
        if shared.pop(i, None) is not None:
            removed[n] += 1


threads = [threading.Thread(target=remover, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("popped:", sum(removed), "left with int keys:", sum(isinstance(k, int) for k in shared))
