# The notes' IterQueue with two worker threads iterating over it: the main thread puts four
# items, close() sends one sentinel per worker and join() returns once every item and sentinel
# is done. Which worker takes which item varies (the notes' own output shows two lines run
# together), so the workers record their lines and the main thread prints them sorted.
import threading
from queue import Queue, LifoQueue, PriorityQueue
from time import sleep


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


lines = []
lines_lock = threading.Lock()


def say(text):
    with lines_lock:
        lines.append(text)


def worker(n):
    for item in q:
        say(f"worker {item} start!")
        sleep(n / 100)
        say(f"worker {item} finished!")

q = IterQueue()

ts = []

for i in [1, 2]:
    t = threading.Thread(target=worker, args=(i, ))
    t.start()
    ts.append(t)

for i in ["thread1", "thread2", "thread3", "thread4"]:
    q.put(i)

q.close(n_workers=len(ts))
q.join()

print("lines when join returned:", len(lines))
for line in sorted(lines):
    print(line)
for line in lines:
    item = line.split()[1]
    assert lines.index(f"worker {item} start!") < lines.index(f"worker {item} finished!")
for t in ts:
    t.join()
print("workers ended:", [t.is_alive() for t in ts], q.unfinished_tasks)
