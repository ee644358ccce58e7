# threading.Lock in one thread: acquire returns a bool (blocking, non-blocking, with a
# timeout), locked(), the context manager, and the errors of misuse.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print("non-blocking on a held lock:", lock.acquire(False), lock.acquire(blocking=False))
print("timeout on a held lock:", lock.acquire(timeout=0.02), lock.acquire(True, 0))
print("release returns", lock.release(), lock.locked())
print("non-blocking on a free lock:", lock.acquire(blocking=False))
lock.release()
print("timeout on a free lock:", lock.acquire(timeout=1))
lock.release()
print("blocking=1 and timeout=-1:", lock.acquire(1, -1))
lock.release()

with lock as entered:
    print("inside with:", entered, lock.locked())
print("after with:", lock.locked())

try:
    with lock:
        raise KeyError("inside")
except KeyError:
    print("released by the exception:", lock.locked())

print("__enter__ returns", lock.__enter__(), lock.locked())
print("__exit__ returns", lock.__exit__(None, None, None), lock.locked())

for label, action in [
    ("release unlocked", lambda: lock.release()),
    ("timeout with blocking=False", lambda: lock.acquire(False, 1)),
    ("negative timeout", lambda: lock.acquire(timeout=-2)),
    ("timeout of wrong type", lambda: lock.acquire(timeout="1")),
    ("blocking of wrong type", lambda: lock.acquire(blocking=[])),
    ("unknown keyword", lambda: lock.acquire(wait=True)),
]:
    try:
        action()
        print(label, "ok", lock.locked())
    except Exception as e:
        print(label, type(e).__name__, e)
    if lock.locked():
        lock.release()

# The RuntimeError raised by release is threading.ThreadError, the same class as _thread.error.
try:
    lock.release()
except threading.ThreadError as e:
    print(type(e) is RuntimeError, threading.ThreadError is RuntimeError)

print(type(lock).__module__, type(lock).__name__, repr(lock).split(" at 0x")[0])
lock.acquire()
print(repr(lock).split(" at 0x")[0])
