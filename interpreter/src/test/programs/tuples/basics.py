# Tuples: packing, indexing, methods, immutability.
t = 1, 'two', 3.0
print(t, len(t), t[1], t[-1], t[:2], t[::-1], type(t).__name__)
print((1, 2) + (3,), (0,) * 3, (1, 2, 2, 3).count(2), (1, 2, 3).index(3))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(not_tuple).__name__)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError', e)
inner = ([1], 2)
inner[0].append(2)
print(inner)
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)))
