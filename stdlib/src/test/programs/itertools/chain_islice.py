# chain, chain.from_iterable and islice.
from itertools import chain, islice
print(list(chain([1, 2], (3,), 'ab', range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(list(islice('abcdefg', 3)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 0, None, 2)))
print(list(islice(range(10), 8, 2)), list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
nested = [[1, [2]], [3], []]
print(list(chain(*nested)))
try:
    islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
