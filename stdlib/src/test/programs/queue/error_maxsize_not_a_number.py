# Queue(maxsize='x') is accepted by the constructor, which stores it without a check; the
# first put compares it with 0 and fails with TypeError.
import queue

q = queue.Queue(maxsize="x")
print("constructed:", repr(q.maxsize), q.qsize(), q.empty())
try:
    q.full()
except TypeError as e:
    print("full():", e)
q.put(1)
print("not reached")
