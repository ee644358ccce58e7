# Infinite iterators, cut with islice and next.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(10, -3), 4)))
c = cycle('abc')
print([next(c) for _ in range(7)])
print(list(islice(cycle([1, 2]), 5)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(7, 0)), list(islice(repeat(None), 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), 'abc')))
