# Condition.wait needs the condition's lock held by the caller.
import threading

cond = threading.Condition(threading.Lock())
with cond:
    print("wait with the lock:", cond.wait(0.01))
cond.wait(0.01)
print("not reached")
