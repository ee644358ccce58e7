# get_nowait on an empty queue raises queue.Empty, whose class lives in the _queue module.
import queue

q = queue.Queue()
q.put(1)
print(q.get_nowait())
q.get_nowait()
print("not reached")
