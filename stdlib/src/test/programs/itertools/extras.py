# Other commonly used itertools functions.
from itertools import accumulate, combinations, zip_longest, starmap, takewhile, dropwhile, compress, tee, filterfalse, pairwise
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2], initial=10)))
print(list(combinations('abcd', 2)), len(list(combinations(range(10), 4))))
print(list(zip_longest('abc', [1], fillvalue='-')))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(filterfalse(lambda x: x % 2, range(6))), list(pairwise('abcd')))
