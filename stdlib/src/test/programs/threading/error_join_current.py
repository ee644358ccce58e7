# A thread cannot join itself: deadlock is refused with RuntimeError.
import threading

print(threading.current_thread().name)
threading.current_thread().join()
print("not reached")
