# Ways to build a dict.
print(dict(a=1, b=2), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('abc', range(3))))
print({k: k * 2 for k in 'ab'}, {**{'a': 1}, **{'b': 2}}, dict())
print({'a': 1, 'a': 2}, dict([('k', 1), ('k', 2)]))
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError', e)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError', e)
merged = {'a': 1} | {'b': 2, 'a': 3}
print(merged)
merged |= {'c': 4}
print(merged)
