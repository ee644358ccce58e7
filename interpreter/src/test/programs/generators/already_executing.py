# A running generator cannot be resumed: next(), send(), throw() and close() on itself raise
# ValueError: generator already executing.
def self_next():
    yield 'first'
    try:
        next(me)
    except ValueError as e:
        print('next on itself:', type(e).__name__, e)
    try:
        me.send(None)
    except ValueError as e:
        print('send on itself:', e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print('throw on itself:', e)
    try:
        me.close()
    except ValueError as e:
        print('close on itself:', e)
    print('gi_running inside:', me.gi_running)
    yield 'second'


me = self_next()
print(next(me), me.gi_running)
print(next(me), me.gi_running)


def ping():
    while True:
        yield next(pong_gen)


def pong():
    while True:
        yield next(ping_gen)


ping_gen = ping()
pong_gen = pong()
try:
    next(ping_gen)
except ValueError as e:
    print('mutual recursion:', e)
print('ping finished after the error:', next(ping_gen, 'finished'))
print('pong finished after the error:', next(pong_gen, 'finished'))


def uncaught():
    yield next(g)


g = uncaught()
try:
    next(g)
except ValueError as e:
    print('uncaught inside, propagates:', e, '| finished:', g.gi_frame is None)


def via_yield_from():
    yield from inner_gen


def inner():
    yield next(outer_gen)


inner_gen = inner()
outer_gen = via_yield_from()
try:
    next(outer_gen)
except ValueError as e:
    print('through yield from:', e)
