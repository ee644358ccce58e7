# _thread.allocate_lock, LockType and _thread.RLock: the low-level locks that threading's
# Lock and RLock are.
import _thread
import threading

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, type(threading.Lock()) is _thread.LockType)
print(_thread.LockType.__module__, _thread.LockType.__name__, repr(lock).split(" at 0x")[0])
print(lock.acquire(), lock.locked(), lock.acquire(0), lock.acquire(True, 0.01))
lock.release()
print(lock.locked(), lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
with lock:
    print("with:", lock.locked())
try:
    lock.release()
except _thread.error as e:
    print("_thread.error", e, _thread.error is RuntimeError)
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError", e)

r = _thread.RLock()
print(type(r).__module__, type(r).__name__, type(threading.RLock()) is _thread.RLock)
print(r.acquire(), r.acquire(), repr(r).split(" at 0x")[0].replace(str(_thread.get_ident()), "MAIN"))
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

# A lock handed between two _thread threads and the main thread in turn.
turn = [_thread.allocate_lock() for _ in range(3)]
for t in turn:
    t.acquire()
order = []


def relay(n):
    turn[n].acquire()
    order.append(n)
    turn[(n + 1) % 3].release()


_thread.start_new_thread(relay, (1,))
_thread.start_new_thread(relay, (2,))
order.append(0)
turn[1].release()
turn[0].acquire()
print("relay order:", order)

print(isinstance(_thread.get_ident(), int), isinstance(_thread.get_native_id(), int))
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.get_ident() == threading.get_ident())
