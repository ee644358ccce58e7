# Subclasses of Random that bring their own core generator, and SystemRandom.
import random

class Constant(random.Random):
    """random() only: integers come from floats, as random.py does it."""
    def random(self):
        return 0.7

class Counting(random.Random):
    """getrandbits() only: every draw is counted."""
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)

c = Constant()
print(c.random(), c.uniform(0, 10), c.randrange(10), c.randrange(0, 100, 7), c.choice('abcdefghij'))
print(c.sample(range(20), 3), c.choices('xyz', k=3), round(c.gauss(), 12))
n = Counting(5)
values = [n.randrange(1000) for _ in range(10)]
print(values, n.calls >= 10)
plain = random.Random(5)
print(values == [plain.randrange(1000) for _ in range(10)])

class Halves(random.Random):
    def random(self):
        return super().random() / 2

h = Halves(11)
draws = [h.random() for _ in range(200)]
print(all(0 <= d < 0.5 for d in draws), isinstance(h, random.Random), type(h).__mro__[1].__name__)

s = random.SystemRandom()
print(0 <= s.random() < 1, s.randrange(5, 6), len(s.randbytes(16)), s.getrandbits(0), s.seed(1) is None)
print(all([0 <= s.randint(1, 6) - 1 < 6 for _ in range(100)]), sorted(s.sample(range(5), 5)))
for method in (s.getstate, lambda: s.setstate(None)):
    try:
        method()
    except NotImplementedError as e:
        print('NotImplementedError', e)
print(random.Random.VERSION, isinstance(random.SystemRandom(), random.Random))
