# threading.BoundedSemaphore refuses to be released above its initial value.
import re
import threading


def shown(obj):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


b = threading.BoundedSemaphore(2)
print(shown(b), isinstance(b, threading.Semaphore))
try:
    b.release()
except ValueError as e:
    print("ValueError", e, shown(b))
b.acquire()
b.acquire()
print(shown(b))
b.release()
b.release()
print(shown(b))
try:
    b.release()
except ValueError as e:
    print("ValueError", e)

# release(n) past the bound fails as a whole and leaves the value unchanged.
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("release(2) with one taken:", e, shown(b))
b.release(1)
print(shown(b))

print(shown(threading.BoundedSemaphore()), shown(threading.BoundedSemaphore(0)))
try:
    threading.BoundedSemaphore(-1)
except ValueError as e:
    print("ValueError", e)

# Used as a connection pool: every with-block gives its slot back, so the bound holds.
pool = threading.BoundedSemaphore(3)
used = []
lock = threading.Lock()


def use(n):
    with pool:
        with lock:
            used.append(n)


threads = [threading.Thread(target=use, args=(n,)) for n in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(used), shown(pool))
