# list.sort makes the comparisons CPython makes (timsort: runs, binary insertion, powersort merges,
# galloping), which a printing or inconsistent __lt__ would show: a hash of each sort's log is printed.
log = []
class K:
    __slots__ = ('v', 't')
    def __init__(self, v, t):
        self.v = v
        self.t = t
    def __lt__(self, other):
        log.append((self.t, other.t))
        return self.v < other.v
state = 7
def draw(bound):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % bound
total = 0
for n in [0, 1, 2, 3, 5, 8, 13, 40, 63, 64, 65, 100, 129, 257, 600]:
    for kind in range(5):
        if kind == 0:
            vals = [draw(1000) for _ in range(n)]
        elif kind == 1:
            vals = [draw(5) for _ in range(n)]
        elif kind == 2:
            vals = list(range(n))
            for _ in range(n // 10):
                i = draw(n) if n else 0
                j = draw(n) if n else 0
                if n:
                    vals[i], vals[j] = vals[j], vals[i]
        elif kind == 3:
            vals = [i // 7 for i in range(n, 0, -1)] + [draw(50) for _ in range(n // 3)]
        else:
            vals = []
            for r in range(n // 20 + 1):
                vals += list(range(draw(30), draw(30) + 20))
        items = [K(v, i) for i, v in enumerate(vals)]
        log.clear()
        rev = (n + kind) % 3 == 0
        items.sort(reverse=rev)
        h = 0
        for a, b in log:
            h = (h * 1000003 + a * 7919 + b) % 1000000007
        order = 0
        for it in items:
            order = (order * 31 + it.t) % 1000000007
        print(n, kind, rev, len(log), h, order)
        total += len(log)
keyed = sorted(range(50), key=lambda x: K(x % 7, x))
print([k for k in keyed][:20], len(log))
print(total)
