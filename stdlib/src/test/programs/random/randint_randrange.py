# randint and randrange.
import random
random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(8)])
print([random.randrange(-10, 10) for _ in range(8)])
print(random.randint(0, 10 ** 30), random.randrange(2 ** 70))
print([random.randint(5, 5) for _ in range(3)])
for bad in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
