# A Lock held by another thread: non-blocking and timed acquires fail and return False, a
# blocking acquire waits until the holder releases; a Lock may be released by any thread.
import threading

lock = threading.Lock()
holding = threading.Event()
let_go = threading.Event()


def holder():
    with lock:
        holding.set()
        let_go.wait()


t = threading.Thread(target=holder)
t.start()
holding.wait()
print("locked by the other thread:", lock.locked())
print("non-blocking:", lock.acquire(blocking=False))
print("timeout 0.05:", lock.acquire(timeout=0.05))
print("still locked:", lock.locked())

got = []


def blocked_acquirer():
    got.append(lock.acquire())
    lock.release()


waiter = threading.Thread(target=blocked_acquirer)
waiter.start()
waiter.join(0.05)
print("blocking acquirer still waiting:", waiter.is_alive(), got)
let_go.set()
waiter.join()
t.join()
print("after release:", got, lock.locked())

# Unlike RLock, a Lock acquired in one thread can be released in another.
lock.acquire()
releaser = threading.Thread(target=lock.release)
releaser.start()
releaser.join()
print("released by another thread:", lock.locked())

# A Lock is not reentrant: the owner trying again only times out.
with lock:
    print("reacquire by the owner with timeout:", lock.acquire(timeout=0.02))
