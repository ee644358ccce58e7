# Many threads append to, extend and pop from one list with no lock of their own: no item is
# lost or duplicated and nothing raises. Only totals and sorted contents are printed.
import threading

THREADS, ROUNDS = 8, 3000
start = threading.Barrier(THREADS)
shared = []


def append_items(n):
    start.wait()
    for i in range(ROUNDS):
        shared.append((n, i))
        if i % 100 == 0:
            shared.extend([(n, -1), (n, -2)])


threads = [threading.Thread(target=append_items, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = sorted([(n, i) for n in range(THREADS) for i in range(ROUNDS)]
                  + [(n, k) for n in range(THREADS) for _ in range(ROUNDS // 100) for k in (-1, -2)])
print("appended:", len(shared), sorted(shared) == expected)

# Each extend is atomic: its two items stay next to each other.
pairs_intact = all(shared[j + 1] == (shared[j][0], -2) for j in range(len(shared)) if shared[j][1] == -1)
print("extend kept its pairs together:", pairs_intact)

# Popping from a shared list: every item is taken by exactly one thread.
pool = list(range(20000))
taken = [[] for _ in range(THREADS)]
start = threading.Barrier(THREADS)


def pop_items(n):
    start.wait()
    while True:
        try:
            taken[n].append(pool.pop())
        except IndexError:
            return


threads = [threading.Thread(target=pop_items, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = [x for part in taken for x in part]
print("popped:", len(everything), sorted(everything) == list(range(20000)), pool)
print("each thread's pops descend:", all(part == sorted(part, reverse=True) for part in taken))
