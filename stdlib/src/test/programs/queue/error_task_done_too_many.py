# One task_done more than there were items is a ValueError.
import queue

q = queue.Queue()
q.put("job")
q.get()
q.task_done()
print("one item, one task_done:", q.unfinished_tasks)
q.task_done()
print("not reached")
