# Releasing a Lock that is not held is a RuntimeError.
import threading

lock = threading.Lock()
with lock:
    print("held:", lock.locked())
lock.release()
print("not reached")
