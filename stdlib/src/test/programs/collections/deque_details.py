# deque: indexing, index() bounds, insert, copies of subclasses, comparisons, repr and error messages.
from collections import deque
d = deque(range(6))
d[0] = 'first'
del d[-1]
print(d, d[1], d[-2], d.index(3), d.index(3, -3), d.index(3, 0, 10), 3 in d, 'x' in d)
d.insert(1, 'one'); d.insert(-1, 'minus'); d.insert(100, 'end'); d.insert(-100, 'start')
print(d, len(d))
class Tagged(deque):
    pass
t = Tagged([1, 2], maxlen=4)
copied = t.copy()
print(t, copied, type(copied).__name__, copied.maxlen, Tagged([1]), t == copied, t is copied)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque([1]) == [1], deque() == deque())
print(deque('ab') + deque('cd'), deque('ab') * 3, 2 * deque('x'), deque('abc', maxlen=2) * 2, deque('ab') * 0)
grow = deque([1, 2, 3, 4, 5], maxlen=5)
grow *= 2
print(grow)
grow += [7, 8]
print(grow)
grow.extend(grow)
print(grow, grow.maxlen)
loop = deque()
loop.append(loop)
print(loop, deque([], maxlen=0), deque(maxlen=0).append(1))
again = deque([1, 2, 3])
again.__init__('xy', 5)
print(again, again.maxlen)
r = deque('abcde')
r.rotate(7); print(r)
r.rotate(-11); print(r)
print(list(reversed(r)), r.count('a'), deque().count(1))
it = iter(r)
next(it)
r.append('z')
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
bad_calls = [
    lambda: deque([], -1), lambda: deque([], 'x'), lambda: deque([], 1.5), lambda: d[1:2], lambda: d['a'],
    lambda: d[50], lambda: d.index('missing'), lambda: d.remove('missing'), lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: d + [1], lambda: d * 'x', lambda: d.rotate('x'), lambda: deque().pop(),
    lambda: deque().popleft(), lambda: d.index(1, 'a'), lambda: deque(1),
    lambda: deque([1]).__setitem__(5, 0), lambda: deque([1]).__delitem__(-2),
]
for bad in bad_calls:
    try:
        print('no error', bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
