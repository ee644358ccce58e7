# From the notes (002, the IterQueueMixin cell): a queue whose __iter__ is a generator that
# loops forever, returns on a sentinel and calls task_done in a finally around each yield.
# A list-backed stand-in replaces queue.Queue so that the program has no threads.
class ListQueue:
    def __init__(self):
        self.items = []
        self.unfinished = 0

    def put(self, item):
        self.items.append(item)
        self.unfinished += 1

    def get(self):
        return self.items.pop(0)

    def task_done(self):
        self.unfinished -= 1
        print(f'  task_done, unfinished={self.unfinished}')

    def join(self):
        print('join: unfinished tasks =', self.unfinished)


class LifoListQueue(ListQueue):
    def get(self):
        return self.items.pop()


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
                    return  # return in a generator raises StopIteration
                yield item
            finally:
                self.task_done()


class IterQueue(IterQueueMixin, ListQueue):
    pass


class IterLifoQueue(IterQueueMixin, LifoListQueue):
    pass


def worker(name, q):
    for item in q:
        print(f'{name}: {item} start!')
        print(f'{name}: {item} finished!')


q = IterQueue()
for i in ['thread1', 'thread2', 'thread3', 'thread4']:
    q.put(i)
q.close(n_workers=1)
worker('worker', q)
q.join()

lifo = IterLifoQueue()
lifo.close()
for word in ['first', 'second', 'third']:
    lifo.put(word)
worker('lifo worker', lifo)
lifo.join()

q = IterQueue()
for i in range(3):
    q.put(i)
q.close()
iterator = iter(q)
print('took', next(iterator))
iterator.close()
print('closing the generator ran the finally for the item it held')
q.join()
print('remaining items:', len(q.items))
