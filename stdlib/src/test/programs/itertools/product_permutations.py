# product and permutations.
from itertools import product, permutations
print(list(product('ab', [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), range(4), range(5)))), list(product()), list(product([], [1])))
print([''.join(p) for p in permutations('abc')])
print(list(permutations([1, 2, 3], 2)), list(permutations([], 0)), list(permutations([1], 2)))
print(len(list(permutations(range(6)))), len(list(permutations(range(6), 3))))
