# Many threads update shared state under a Lock; with the lock held across the
# read-modify-write no update is lost, so the totals are exact.
import threading

counter = 0
balance = {"a": 0, "b": 0}
lock = threading.Lock()
THREADS = 8
ROUNDS = 2000


def work(n):
    global counter
    for i in range(ROUNDS):
        with lock:
            counter += 1
            key = "a" if (i + n) % 2 else "b"
            balance[key] = balance[key] + n


threads = [threading.Thread(target=work, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("counter:", counter, counter == THREADS * ROUNDS)
print("balance:", balance, sum(balance.values()) == ROUNDS * sum(range(THREADS)))


# The same with explicit acquire/release in try/finally, and a lock around a shared list
# whose contents are printed sorted.
seen = []


def record(n):
    for i in range(50):
        lock.acquire()
        try:
            seen.append((n, i))
        finally:
            lock.release()


threads = [threading.Thread(target=record, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), sorted(seen) == [(n, i) for n in range(4) for i in range(50)])
