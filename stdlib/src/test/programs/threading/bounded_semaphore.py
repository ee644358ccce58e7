# threading.BoundedSemaphore refuses to be released above its initial value.
import threading


def shown(obj):
    """repr(obj) with every ' at 0x...' address cut out (addresses differ run to run)."""
    text = repr(obj)
    while " at 0x" in text:
        start = text.index(" at 0x")
        end = start + len(" at 0x")
        while end < len(text) and text[end] in "0123456789abcdef":
            end += 1
        text = text[:start] + text[end:]
    return text


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
