# yield from hands send(), throw() and close() straight to a sub-generator.
def sub():
    print('sub starts')
    try:
        while True:
            try:
                received = yield 'sub ready'
                print('sub received', received)
                if received == 'finish':
                    return 'sub result'
            except KeyError as e:
                print('sub handled KeyError', e)
                yield 'sub recovered'
    except GeneratorExit:
        print('sub closing')
        raise
    finally:
        print('sub finally')


def delegator():
    try:
        result = yield from sub()
        print('delegator got', result)
        yield 'delegator after sub'
    except ValueError as e:
        print('delegator caught', repr(e))
        yield 'delegator recovered'
    finally:
        print('delegator finally')


g = delegator()
print(next(g))
print(g.send(1))
print(g.send('two'))
print(g.throw(KeyError('k')))
print(g.send(None))
print(g.send('finish'))
print(next(g, 'exhausted'))

print('--- throw an exception the sub-generator does not handle')
g = delegator()
next(g)
print(g.throw(ValueError('v')))
print(next(g, 'exhausted'))

print('--- close while delegating')
g = delegator()
next(g)
g.send('x')
g.close()
print('closed; gi_frame is None:', g.gi_frame is None)

print('--- throw GeneratorExit while delegating')
g = delegator()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit came back out')


def echo_sub():
    value = None
    while True:
        value = yield value


def three_levels():
    yield from two_levels()


def two_levels():
    yield from echo_sub()


g = three_levels()
next(g)
print([g.send(x) for x in ('a', 'b', 3)])
print('gi_yieldfrom chain:', g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
