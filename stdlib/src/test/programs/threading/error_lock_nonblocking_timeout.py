# A non-blocking acquire cannot also have a timeout.
import threading

lock = threading.Lock()
print(lock.acquire(blocking=False))
lock.release()
lock.acquire(blocking=False, timeout=1)
print("not reached")
