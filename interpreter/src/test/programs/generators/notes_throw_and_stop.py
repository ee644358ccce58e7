# From the notes (002, In [40] to In [47]): a generator advanced with next(), then thrown an
# exception it does not handle, is finished: the next next() raises StopIteration.
def gen():
    for i in range(5):
        yield i


g = gen()

print(next(g))

print(next(g))

try:
    g.throw(RuntimeError('something wrong happened!'))
except RuntimeError as e:
    print(e)

try:
    next(g)
except StopIteration as e:
    print('stopped!')

print(list(g))


def mapped(function, items):
    """Like executor.map in the notes: results come out lazily, and an error ends the
    generator."""
    for item in items:
        yield function(item)


def func(n):
    print(f'func {n} started')
    if n == 2:
        raise RuntimeError('something wrong happened!')
    print(f'func {n} end')
    return n


res = mapped(func, [3, 2, 1])
print('=' * 50)
try:
    for r in res:
        print(r)
except RuntimeError as e:
    print(e)
    print('after the error the generator yields nothing more:', list(res))
