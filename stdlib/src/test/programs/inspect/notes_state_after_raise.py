# From the notes (002, In [35]): a generator of results that raises part way stops for good,
# and getgeneratorstate reports GEN_CLOSED. A plain generator stands in for executor.map.
from inspect import getgeneratorstate


def func(n):
    print(f'func {n} started')
    if n == 2:
        raise RuntimeError('something wrong happened!')
    print(f'func {n} end')
    return n


def results(function, items):
    for item in items:
        yield function(item)


res = results(func, [3, 2, 1])
print(getgeneratorstate(res))

print("=" * 50)
try:
    for r in res:
        print(r)
        print(getgeneratorstate(res))
except RuntimeError as e:
    print(e)
    print(getgeneratorstate(res))

print(list(res))
