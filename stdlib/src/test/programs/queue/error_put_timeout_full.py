# A put with a timeout on a full queue raises queue.Full once the timeout passes.
import queue

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
print("full:", q.full())
q.put("c", timeout=0.05)
print("not reached")
