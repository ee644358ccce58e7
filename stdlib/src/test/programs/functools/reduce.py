# functools.reduce.
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + b, 'abc'))
print(reduce(operator.add, [], 0), reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
