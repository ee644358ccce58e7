# Error messages of list methods and operators, and their edge cases.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


xs = [1, 2, 3]
attempt('index missing', lambda: xs.index(9))
attempt('index range', lambda: xs.index(3, 0, 2))
attempt('index negative start', lambda: xs.index(3, -1))
attempt('index bad start', lambda: xs.index(1, 'a'))
attempt('remove missing', lambda: xs.remove(9))
attempt('pop empty', lambda: [].pop())
attempt('pop range', lambda: xs.pop(7))
attempt('pop bad', lambda: xs.pop('a'))
attempt('pop huge', lambda: xs.pop(2 ** 70))
attempt('insert bad', lambda: xs.insert('a', 1))
attempt('getitem bad', lambda: xs['a'])
attempt('getitem range', lambda: xs[3])
attempt('setitem range', lambda: xs.__setitem__(-4, 0))
attempt('delitem range', lambda: xs.__delitem__(3))
attempt('slice assign int', lambda: xs.__setitem__(slice(0, 1), 5))
attempt('extended assign int', lambda: xs.__setitem__(slice(None, None, 2), 5))
attempt('extended size', lambda: xs.__setitem__(slice(None, None, 2), [1]))
attempt('step zero', lambda: xs[::0])
attempt('add str', lambda: xs + 'ab')
attempt('add tuple', lambda: xs + (1,))
attempt('mul str', lambda: xs * 'a')
attempt('rmul float', lambda: 2.5 * xs)
attempt('mul huge', lambda: xs * (2 ** 63))
attempt('mul big', lambda: [0] * (2 ** 62))
attempt('iadd int', lambda: xs.__iadd__(5))
attempt('extend int', lambda: xs.extend(5))
attempt('lt tuple', lambda: xs < (1,))
attempt('lt mixed', lambda: [1, 'a'] < [1, 2])
attempt('sort mixed', lambda: [3, 'a', 1].sort())
attempt('sort positional', lambda: [].sort(None))
attempt('sort reverse None', lambda: [].sort(reverse=None))
attempt('sort bad key', lambda: [2, 1].sort(key=5))
attempt('hash', lambda: hash([]))
attempt('too many', lambda: list([1], [2]))
attempt('keyword', lambda: list(iterable=[1]))
attempt('not iterable', lambda: list(5))
attempt('new bad', lambda: list.__new__(int))
attempt('descriptor', lambda: list.append((), 1))
print(xs * 0, xs * -2, 0 * xs, [] * 5, xs[::-1], xs[10:], xs[-10:1], xs[::2], xs[1::-1])
ys = [0, 1, 2, 3, 4, 5, 6, 7]
ys[1:3] = 'ab'
print(ys)
ys[::3] = [9, 9, 9]
print(ys)
del ys[::2]
print(ys)
ys[len(ys):] = [10, 11]
ys.insert(-100, 'first')
ys.insert(100, 'last')
ys.insert(-1, 'before last')
print(ys, ys.pop(-2), ys.index(10, -4), ys.count(9))
zs = [5, 1, 4]
zs *= 2
zs += range(2)
print(zs, zs.__imul__(1) is zs, zs == zs[:], zs != zs[:-1], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [], [1] >= [1])
rows = [[0] * 2] * 2
rows[0][0] = 'shared'
print(rows)
same = [1.0, 2, 1, True]
print(same.count(1), same.index(True), 1 in same, same.remove(True), same)
nan = 1e999 - 1e999
print([nan].count(nan), nan in [nan], [nan] == [nan])
keyed = ['b3', 'a1', 'c2', 'a0']
keyed.sort(key=lambda s: s[1])
print(keyed)
keyed.sort(key=lambda s: s[0], reverse=True)
print(keyed)
stable = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')]
stable.sort(key=lambda p: p[0], reverse=True)
print(stable, sorted(stable), list(reversed(stable)))
