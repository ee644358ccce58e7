# yield in elif conditions, conditional expressions, del targets and assert statements.

def elif_and_ternary():
    if (yield 'first'):
        result = 'first true'
    elif (yield 'second'):
        result = 'second true'
    else:
        result = 'both false'
    result += ' / ' + ('T' if (yield 'ternary') else 'F')
    yield result


g = elif_and_ternary()
print(next(g), g.send(False), g.send(True), g.send(None))
g = elif_and_ternary()
print(next(g), g.send(1), g.send(1))


def assert_and_del():
    data = {'a': 1, 'b': 2}
    del data[(yield 'key to delete?')]
    assert (yield 'assert what?'), 'assertion failed'
    yield sorted(data)


g = assert_and_del()
print(next(g), g.send('a'), g.send(True))
g = assert_and_del()
next(g)
g.send('b')
try:
    g.send(0)
except AssertionError as e:
    print('AssertionError', e)
