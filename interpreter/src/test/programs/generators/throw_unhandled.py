# An exception thrown into a generator that does not handle it propagates to the caller
# and finishes the generator; throw() into unstarted or finished generators.

def not_caught():
    yield 1
    yield 2


g = not_caught()
next(g)
try:
    g.throw(ArithmeticError('unhandled'))
except ArithmeticError as e:
    print('propagated to the caller:', e)
print('the generator is finished:', next(g, 'finished'), g.gi_frame)

g = not_caught()
try:
    g.throw(NameError('before the first next'))
except NameError as e:
    print('thrown into an unstarted generator:', e, '| finished:', next(g, 'finished'))

g = not_caught()
list(g)
try:
    g.throw(OSError('into a finished generator'))
except OSError as e:
    print('a finished generator raises it at once:', e)


def throw_yields_next_value():
    try:
        yield 'first'
    except Exception:
        pass
    yield 'value after the handler'


g = throw_yields_next_value()
next(g)
print('throw() returns the next yielded value:', g.throw(Exception))
