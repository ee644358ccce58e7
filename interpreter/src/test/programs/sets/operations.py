# Set algebra on small ints.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({7}))
print(len(a), 2 in a, 7 not in a, {1, 2} == {2, 1}, set() == frozenset())
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {1}; c ^= {2, 3}
print(c)
