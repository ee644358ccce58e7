# yield inside f-strings, as both operands of a binary operator, in chained comparisons,
# in and/or (with short-circuiting), in unary operators and in subscripts.
def fstring():
    yield f'<{(yield "inner")}|{(yield "second")!r}>'


g = fstring()
print(next(g))
print(g.send('one'))
print(g.send('two'))


def binary():
    yield (yield 'left') + (yield 'right')


g = binary()
print(next(g), g.send(30), g.send(12))
g = binary()
print(next(g), g.send('ab'), g.send('cd'))


def power_and_modulo():
    yield (yield 'base') ** (yield 'exponent') % (yield 'modulus')


g = power_and_modulo()
print(next(g), g.send(3), g.send(4), g.send(5))


def chained():
    yield (yield 'a') < (yield 'b') < (yield 'c')


g = chained()
print(next(g), g.send(1), g.send(2), g.send(3))
g = chained()
print(next(g), g.send(5), g.send(2))
try:
    print(g.send('unused'))
except StopIteration:
    print('short-circuit: c was never asked for, so this send finished the generator')


def and_or():
    a = (yield 'and-left') and (yield 'and-right')
    b = (yield 'or-left') or (yield 'or-right')
    yield a, b


g = and_or()
print(next(g), g.send(0), g.send(7))
g = and_or()
print(next(g), g.send(1), g.send(2), g.send(''), g.send('fallback'))


def unary_and_subscript():
    table = {'x': 100, 'y': 200}
    yield -(yield 'negate'), not (yield 'invert'), table[(yield 'key')]


g = unary_and_subscript()
print(next(g), g.send(5), g.send([]), g.send('y'))


def conditional_expression():
    yield (yield 'then') if (yield 'test') else (yield 'otherwise')


g = conditional_expression()
print(next(g), g.send(True), g.send('THEN'))
g = conditional_expression()
print(next(g), g.send(False), g.send('ELSE'))
