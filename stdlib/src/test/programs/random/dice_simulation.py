# A seeded simulation: the same seed gives the same story.
import random
random.seed(31337)
counts = {total: 0 for total in range(2, 13)}
for _ in range(2000):
    counts[random.randint(1, 6) + random.randint(1, 6)] += 1
for total, n in counts.items():
    print(f'{total:2} {n:4} ' + '#' * (n // 20))
hand = [random.randrange(52) for _ in range(5)]
print(hand)
