# A comparison that raises stops list.sort midway: the list holds every item once, in the
# partly sorted order CPython leaves (reverse=True reverses back even then).
class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError('boom')
        return self.v < other.v


state = 3


def draw(bound):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % bound


for n in (5, 30, 100, 300):
    xs = [K(draw(200) if i != n // 2 else 13) for i in range(n)]
    for rev in (False, True):
        ys = list(xs)
        try:
            ys.sort(reverse=rev)
        except ValueError as e:
            print(n, rev, 'ValueError', e)
        print(sorted([y.v for y in ys]) == sorted([x.v for x in xs]), [y.v for y in ys][:12])
xs = [3, 'a', 1]
try:
    xs.sort()
except TypeError as e:
    print(e, xs)
xs = [3, 2, 1, 'a']
try:
    xs.sort(reverse=True)
except TypeError as e:
    print(e, xs)
keyed = [5, 3, 8]
try:
    keyed.sort(key=lambda x: 1 // (x - 3))
except ZeroDivisionError as e:
    print('key failed', keyed)
