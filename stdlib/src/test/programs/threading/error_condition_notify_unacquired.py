# Condition.notify needs the condition's lock held by the caller.
import threading

cond = threading.Condition()
with cond:
    cond.notify_all()
    print("notify with the lock is fine")
cond.notify()
print("not reached")
