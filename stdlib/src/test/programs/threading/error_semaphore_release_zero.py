# Semaphore.release(n) needs n of at least one.
import re
import threading

s = threading.Semaphore(0)
s.release(2)
print(re.sub(r" at 0x[0-9a-f]+", "", repr(s)))
s.release(0)
print("not reached")
