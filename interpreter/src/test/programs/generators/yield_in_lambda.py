# `lambda: (yield)` is a generator function; lambdas can also yield values they receive.
receiver = lambda: (yield)
g = receiver()
print(type(g).__name__, g.__name__)
print(next(g))
try:
    g.send('sent value')
except StopIteration as stop:
    print('lambda returned', repr(stop.value))

pair = lambda x: ((yield x), (yield x * 2))
print(list(pair(5)))
g = pair(3)
print(next(g), g.send('a'))
try:
    g.send('b')
except StopIteration as stop:
    print('value', stop.value)

delegate = lambda items: (yield from items)
print(list(delegate('xyz')))

choose = lambda flag: (yield 'then') if flag else (yield 'else')
print(list(choose(True)), list(choose(False)))

callbacks = [lambda i=i: (yield i) for i in range(3)]
print([next(cb()) for cb in callbacks])
