# uniform and getrandbits.
import random
random.seed(99)
print([random.uniform(1, 2) for _ in range(4)])
print(random.uniform(10, -10), random.uniform(5, 5))
print([random.getrandbits(8) for _ in range(6)], random.getrandbits(100), random.getrandbits(32))
vals = [random.uniform(-1, 1) for _ in range(1000)]
print(all([-1 <= v <= 1 for v in vals]), round(sum(vals), 9))
