# sorted and reversed on different iterables.
print(sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted([1.5, 1, True, 0]))
print(sorted(['b', 'A', 'c'], key=str.lower, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({'x': 1, 'y': 2})))
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
