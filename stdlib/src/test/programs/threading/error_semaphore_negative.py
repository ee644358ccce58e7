# A Semaphore cannot start below zero.
import re
import threading

print(re.sub(r" at 0x[0-9a-f]+", "", repr(threading.Semaphore(0))))
threading.Semaphore(-1)
print("not reached")
