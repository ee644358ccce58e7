# inspect.getgeneratorstate through a generator's life: created, running (seen from inside),
# suspended, and closed by finishing, by close(), by an exception, or before it started.
import inspect
from inspect import getgeneratorstate


def watched():
    print('  inside the generator:', getgeneratorstate(g))
    yield 1
    yield 2


g = watched()
print('created:', getgeneratorstate(g))
next(g)
print('after next:', getgeneratorstate(g))
next(g)
print('at the last yield:', getgeneratorstate(g))
print('exhausting:', next(g, 'done'), getgeneratorstate(g))

g = watched()
next(g)
g.close()
print('closed while suspended:', getgeneratorstate(g))

g = watched()
g.close()
print('closed before starting:', getgeneratorstate(g))


def fails():
    yield 'ok'
    raise ValueError('failure inside')


g = fails()
next(g)
try:
    next(g)
except ValueError as e:
    print('after raising', repr(e) + ':', getgeneratorstate(g))

g = fails()
next(g)
try:
    g.throw(KeyError('thrown'))
except KeyError:
    print('after an unhandled throw:', getgeneratorstate(g))

genexp = (x for x in range(2))
print('generator expression:', getgeneratorstate(genexp), end=' ')
next(genexp)
print(getgeneratorstate(genexp))

print('constants:', inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED,
      inspect.GEN_CLOSED)
print(getgeneratorstate(watched()) == inspect.GEN_CREATED, type(inspect.GEN_CLOSED).__name__)
