# range: construction errors, arithmetic methods, slicing into ranges, equality and hashing.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


r = range(3, 30, 4)
print(r, range(5), range(-5), range(0, -10, -3), r.start, r.stop, r.step, len(r), list(r))
print(r[0], r[-1], r[2:5], r[::-1], r[::2], r[10:], r[-100:2], r[1:-1:3], list(r[::-2]))
print(7 in r, 8 in r, 31 in r, True in range(2), 3.0 in r, 4.5 in r, r.index(11), r.count(11), r.count(12), r.count(7.0))
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 9), range(3) != range(4))
print(hash(range(0)) == hash(range(7, 2)), hash(range(1, 2, 5)) == hash(range(1, 3, 9)), {range(3): 'r'}[range(0, 3)])
print(not range(0), not range(1), range(10)[3:7][1], range(10)[::3][::2], range(3) == [0, 1, 2])
attempt('no args', lambda: range())
attempt('too many', lambda: range(1, 2, 3, 4))
attempt('keyword', lambda: range(stop=3))
attempt('float', lambda: range(1.5))
attempt('float stop', lambda: range(0, 2.0))
attempt('str', lambda: range('3'))
attempt('zero step', lambda: range(1, 5, 0))
attempt('index missing', lambda: r.index(4))
attempt('index non-int', lambda: r.index('x'))
attempt('getitem range', lambda: r[7])
attempt('getitem bad', lambda: r['a'])
attempt('slice step zero', lambda: r[::0])
attempt('lt', lambda: range(1) < range(2))
attempt('setitem', lambda: r.__setitem__(0, 1))


class Idx:
    def __index__(self):
        return 4


print(range(Idx()), r[Idx()], range(Idx(), 10, Idx()), [10, 20, 30, 40, 50][Idx()])
it = iter(range(3))
print(next(it), list(it), list(it))
total = 0
for i in range(1000000, 0, -7):
    total += i
print(total)
