# Lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2: a * b)(3), (lambda *a, **k: (a, k))(1, z=2))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda s: 'o' in s, ['one', 'two', 'six'])))
print(sq.__name__, (lambda: 0).__qualname__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
dispatch = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([dispatch[op](6, 3) for op in '+-*'])
