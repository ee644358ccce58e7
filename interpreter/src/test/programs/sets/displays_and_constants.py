# Set displays: three or more constants are built the way CPython's compiler builds them.
print({15, 31, 0, 1, 2})
a = 15
print({a, 31, 0, 1, 2})
print({-1, -9, 7, 23, 39}, {-1, -9, 7})
print({1, 2, 3, 4, 5, 6, 7, 8, 17, 33, 65, 129})
print({(1, 2), 64, 0, 32, (0,), -64})
print({*range(40, 0, -9), 8, 16})
print({0.5, 1.5, 8, 16, 24})
print(set([15, 31, 0, 1, 2]), frozenset({15, 31, 0, 1, 2}))
