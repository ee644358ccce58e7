# yield from an iterator object that has its own send, throw and close: the delegating
# generator forwards each call to them.


def delegate(source):
    result = yield from source
    print('yield from returned', repr(result))
    yield 'delegator done'


class FullIterator:
    """An iterator with send, throw and close, delegated to by yield from."""

    def __init__(self):
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        self.log.append(('send', value))
        if value == 'stop':
            raise StopIteration('stopped by send')
        return f'sent {value}'

    def throw(self, *args):
        self.log.append(('throw', type(args[-1]).__name__ if len(args) == 1 else args[0].__name__))
        return 'throw handled by iterator'

    def close(self):
        self.log.append(('close',))


it = FullIterator()
g = delegate(it)
print(next(g))
print(g.send(7))
print(g.throw(IndexError('i')))
print(g.send('stop'))
print(it.log)

it = FullIterator()
g = delegate(it)
next(g)
g.close()
print(it.log)
