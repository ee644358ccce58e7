# Releasing a BoundedSemaphore above its initial value is a ValueError.
import threading

pool = threading.BoundedSemaphore(2)
with pool:
    print("one slot taken")
pool.acquire()
pool.release()
print("balanced so far")
pool.release()
print("not reached")
