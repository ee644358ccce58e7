# Tuple methods, comparisons, hashing and error messages.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(1), t.index(1, 2), t.index(5, -1), t[::-2], t[1:3], t * 2, 2 * t, t + (9,))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () == (), (1,) != (1.0,), (1, [2]) == (1, [2]))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): 'a'}[(1, 2)], (1, 2).__hash__() == hash((1, 2)))
attempt('index missing', lambda: t.index(9))
attempt('getitem range', lambda: t[5])
attempt('getitem bad', lambda: t['x'])
attempt('add list', lambda: t + [1])
attempt('mul str', lambda: t * 'x')
attempt('assign', lambda: t.__setitem__(0, 1))
attempt('unhashable', lambda: hash((1, [2])))
attempt('too many', lambda: tuple([1], [2]))
attempt('keyword', lambda: tuple(iterable=[]))
attempt('not iterable', lambda: tuple(3))
attempt('lt list', lambda: (1,) < [1])
attempt('lt mixed', lambda: (1, 'a') < (1, 2))
print(tuple(), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), (1,), repr((1,)), repr(()))
nested = ([1], 2)
nested[0].append(3)
print(nested, len(nested), 3 in nested[0], 2 in nested, list(reversed(t)), list(iter(t)))
a = (1, 2)
print(tuple(a) is a, a[:] == a, a * 1 == a, (a + ()) == a)
