# sample and choices: weights, cumulative weights, counts, and their errors.
import random
rng = random.Random(20240)
print(rng.sample(range(100), 5), rng.sample('abcdefgh', 3), rng.sample((1, 2, 3), 3))
print(rng.sample(range(10 ** 12), 3), len(rng.sample(range(50), 50)))
print(rng.sample(['red', 'blue'], 5, counts=[4, 2]))
print(rng.choices('abc', k=6), rng.choices(['x', 'y', 'z'], weights=[5, 0, 1], k=6))
print(rng.choices(range(5), cum_weights=[1, 1, 2, 10, 10], k=8), rng.choices([1, 2], [0.25, 0.75]))
print(rng.choices('ab', weights=[1.5, 2], k=3), rng.choices('ab', k=0), rng.choices('ab', k=-3))
for bad in [lambda: rng.sample({1, 2, 3}, 2), lambda: rng.sample([1, 2], 3), lambda: rng.sample([1, 2], -1),
            lambda: rng.sample('ab', 1, counts=[1]), lambda: rng.sample('ab', 1, counts=[0, 0]),
            lambda: rng.sample('ab', 1, counts=[1.5, 1]), lambda: rng.choices('abc', 2),
            lambda: rng.choices('ab', [1, 2], cum_weights=[1, 3]), lambda: rng.choices('abc', [1, 2]),
            lambda: rng.choices('ab', [0, 0]), lambda: rng.choices('ab', [1, float('inf')]),
            lambda: rng.choices([], k=2), lambda: rng.choices('ab', k=1.5), lambda: rng.choice({})]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
deck = [f'{rank}{suit}' for suit in 'SHDC' for rank in 'A23456789TJQK']
rng.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for hand in hands:
    print(' '.join(sorted(hand)))
