# choice and shuffle.
import random
random.seed(2024)
colors = ['red', 'green', 'blue', 'cyan', 'magenta']
print([random.choice(colors) for _ in range(8)])
print(random.choice('abcdef'), random.choice(range(100)), random.choice((1, 2)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
words = ['alpha', 'beta', 'gamma', 'delta']
random.shuffle(words)
print(words)
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
