# A PriorityQueue compares items when it stores them: the second item that cannot be compared
# with the first raises TypeError from put.
import queue

pq = queue.PriorityQueue()
pq.put((1, "one"))
pq.put((1, "uno"))
print([pq.get(), pq.get()])
pq.put((2, {"a": 1}))
pq.put((2, {"b": 2}))
print("not reached")
