# The notes' IterQueueMixin: a mixin placed before Queue or LifoQueue in the bases, whose
# __iter__ is a generator calling self.get() until a sentinel, with task_done in a finally,
# and whose close() puts one sentinel per worker.
from queue import Queue, LifoQueue, PriorityQueue


class IterQueueMixin:
    SIG = object()

    def close(self, n_workers=1):
        for i in range(n_workers):
            self.put(self.SIG)

    def __iter__(self):
        while True:
            item = self.get()
            try:
                if item is self.SIG:
                    return  # 生成器中return会抛出StopIteration错误
                yield item
            finally:
                self.task_done()


class IterQueue(IterQueueMixin, Queue):
    pass


class IterLifoQueue(IterQueueMixin, LifoQueue):
    pass


print([c.__name__ for c in IterQueue.__mro__])
print([c.__name__ for c in IterLifoQueue.__mro__])

q = IterQueue()
for word in ["one", "two", "three"]:
    q.put(word)
q.close()
print(list(q), q.unfinished_tasks, q.empty())
q.join()

lq = IterLifoQueue(maxsize=10)
lq.close()  # with LIFO order the sentinel must go in first to come out last
for n in range(4):
    lq.put(n)
print([n * 10 for n in lq], lq.unfinished_tasks)

# Closing the generator early still marks its current item done, through its finally.
q = IterQueue()
for n in range(5):
    q.put(n)
it = iter(q)
print([next(it) for _ in range(3)], q.unfinished_tasks)
it.close()
print("after close:", q.unfinished_tasks, q.qsize())
print(isinstance(q, Queue), isinstance(q, IterQueueMixin), IterQueue.SIG is IterLifoQueue.SIG)
