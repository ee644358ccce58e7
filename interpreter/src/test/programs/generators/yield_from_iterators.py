# yield from a plain iterator: values pass through, send(None) is next(), a non-None send
# needs a send method, throw() and close() use the iterator's own methods when it has them.
class OnlyNext:
    """An iterator object with __next__ and nothing else."""

    def __init__(self, limit):
        self.count = 0
        self.limit = limit

    def __next__(self):
        self.count += 1
        if self.count > self.limit:
            raise StopIteration(f'OnlyNext done at {self.count}')
        return self.count


class Iterable:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return OnlyNext(self.limit)


def delegate(source):
    try:
        result = yield from source
        print('yield from returned', repr(result))
    except Exception as e:
        print('delegator caught', type(e).__name__, e)
    yield 'delegator done'


print(list(delegate([10, 20])))
print(list(delegate('hi')))
print(list(delegate(Iterable(3))))

g = delegate(Iterable(5))
print(next(g), g.send(None), next(g))
print(g.send('not None'))

g = delegate(iter([1, 2, 3]))
next(g)
print(g.throw(LookupError('thrown at a list iterator')))

g = delegate(Iterable(2))
next(g)
g.close()
print('closed a delegation to an object without close:', g.gi_frame is None)

print(list(delegate(5)))
