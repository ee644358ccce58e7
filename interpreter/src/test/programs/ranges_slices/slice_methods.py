# slice objects: attributes, indices(), repr, comparison and errors.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, 2), s.start, s.stop, s.step, slice('a', [1]).stop)
print(s.indices(5), s.indices(100), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(7), slice(5, 1, -2).indices(10), slice(2 ** 70).indices(2 ** 80), slice(0).indices(0))
print(s == slice(1, 10, 2), s == slice(1, 10), s != (1, 10, 2), slice(1, 2) < slice(1, 3), slice(2) >= slice(1))
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)], 'abcdef'[slice(None, None, -2)], (9, 8, 7)[slice(1, 2)])
attempt('no args', lambda: slice())
attempt('too many', lambda: slice(1, 2, 3, 4))
attempt('keyword', lambda: slice(stop=1))
attempt('hash', lambda: hash(slice(1)))
attempt('negative length', lambda: slice(1).indices(-1))
attempt('bad length', lambda: slice(1).indices('x'))
attempt('bad part', lambda: slice('a').indices(3))
attempt('zero step', lambda: slice(None, None, 0).indices(3))
attempt('lt int', lambda: slice(1) < 1)


class Idx:
    def __index__(self):
        return 2


print(slice(Idx(), None).indices(5), [1, 2, 3, 4][Idx():], slice(None, Idx(), Idx()).indices(9))
