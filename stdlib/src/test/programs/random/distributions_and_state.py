# Real-valued distributions (rounded, so that last-digit libm differences cannot show) and state.
import random
r = random.Random(8675309)
samples = {
    'uniform': [r.uniform(-3, 3) for _ in range(3)],
    'triangular': [r.triangular(), r.triangular(0, 10, 2), r.triangular(5, 5, 5)],
    'gauss': [r.gauss(), r.gauss(10, 2), r.gauss(mu=1, sigma=0)],
    'normalvariate': [r.normalvariate(), r.normalvariate(100, 15)],
    'lognormvariate': [r.lognormvariate(0, 0.25)],
    'expovariate': [r.expovariate(1.5), r.expovariate(0.1)],
    'gammavariate': [r.gammavariate(0.5, 2), r.gammavariate(1, 1), r.gammavariate(3, 0.5)],
    'betavariate': [r.betavariate(2, 5), r.betavariate(0.5, 0.5)],
    'paretovariate': [r.paretovariate(3)],
    'weibullvariate': [r.weibullvariate(2, 1.5)],
    'vonmisesvariate': [r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 0)],
}
for name, values in samples.items():
    print(f'{name:16}', [round(v, 9) for v in values])
try:
    r.gammavariate(0, 1)
except ValueError as e:
    print('ValueError', e)
state = r.getstate()
print(state[0], len(state[1]), state[1][-1], type(state[2]).__name__)
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
r.gauss()
saved = r.getstate()
print(type(saved[2]).__name__, r.gauss() == (r.setstate(saved), r.gauss())[1])
for bad in [(4, (), None), (3, (1, 2), None), (3, [0] * 625, None), (2,), 'x']:
    try:
        r.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(r.getrandbits(0), r.getrandbits(1) in (0, 1), len(r.randbytes(7)), r.randbytes(0))
for bad in [lambda: r.getrandbits(-1), lambda: r.randbytes(-1), lambda: r.seed([1]), lambda: r.seed({})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r.seed(b'bytes seed')
a = r.random()
r.seed('bytes seed')
print(a == r.random())
r.seed('abc', version=1)
print(r.randrange(10 ** 6))
r.seed(-12345)
b = r.random()
r.seed(12345)
print(b == r.random())
