# Large ranges and bit counts exercise getrandbits-based selection.
import random
random.seed(12345)
print(random.randrange(10 ** 30), random.randint(-10 ** 20, 10 ** 20), random.randrange(1, 10 ** 25, 7))
print([random.getrandbits(k) for k in (1, 2, 31, 32, 33, 63, 64, 65, 128)])
print([random.randrange(1 << 40) for _ in range(3)])
big = list(range(1000))
random.shuffle(big)
print(big[:10], sum(big[:100]), big.index(0))
print([random.choice(big) for _ in range(5)])
print(random.random(), random.uniform(-1e6, 1e6))
