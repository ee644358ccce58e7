# Bound methods remember their instance.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
inc = c.inc
inc(); inc(5)
print(c.n)
callbacks = [Counter().inc, c.inc]
print([cb() for cb in callbacks])
print(c.inc == c.inc, c.inc is c.inc, Counter.inc(c, 10))
unbound = Counter.inc
print(type(unbound).__name__, type(inc).__name__)
