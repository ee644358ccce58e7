# Misuse of send() and throw() raises TypeError in the caller and leaves the generator as it was.
def gen():
    received = yield 'first'
    yield f'second (received {received!r})'


def report(action):
    try:
        print('  result:', action())
    except BaseException as e:
        print(' ', type(e).__name__ + ':', e)


g = gen()
print('send non-None to a just-started generator')
report(lambda: g.send(1))
report(lambda: g.send('text'))
print('the generator was not started by that; send(None) starts it')
report(lambda: g.send(None))
report(lambda: g.send('now allowed'))
report(lambda: g.send('finished'))

print('send() without an argument, or with two')
g = gen()
report(lambda: g.send())
report(lambda: g.send(None, None))

print('throw() of things that are not exceptions')
g = gen()
next(g)
report(lambda: g.throw(1))
report(lambda: g.throw(int))
report(lambda: g.throw('ValueError'))
report(lambda: g.throw(None))
report(lambda: g.throw())
report(lambda: g.throw(ValueError('an instance'), 'and a value'))
report(lambda: g.throw(ValueError, 'v', 'not a traceback'))
report(lambda: g.throw(ValueError, 1, None, 'extra'))
print('the generator is still suspended at its first yield:')
report(lambda: g.send('after all those errors'))

print('throw(GeneratorExit) into a generator that does not catch it')
g = gen()
next(g)
report(lambda: g.throw(GeneratorExit))
report(lambda: next(g))

print('throw(StopIteration) into a generator')
g = gen()
next(g)
report(lambda: g.throw(StopIteration))
