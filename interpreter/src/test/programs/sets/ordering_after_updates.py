# Set iteration order after growth, removals and every set operation, on small ints.
# A linear congruential generator makes the inputs, so nothing depends on the random module.
state = 12345


def draw(bound):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % bound


def sample(n, bound):
    return [draw(bound) for _ in range(n)]


for size in (3, 5, 9, 17, 40):
    xs = sample(size, 200)
    s = set(xs)
    print('built', size, s)
    for x in xs[::3]:
        s.discard(x)
    print('after discards', s)
    s.update(sample(size, 400))
    print('after growth', s)
    popped = [s.pop() for _ in range(min(4, len(s)))]
    print('popped', popped, s)

for trial in range(12):
    a = set(sample(draw(30) + 1, 90))
    b = set(sample(draw(30) + 1, 90))
    print('pair', a, b)
    print(' |', a | b, b | a)
    print(' &', a & b, b & a)
    print(' -', a - b, b - a)
    print(' ^', a ^ b, b ^ a)
    print(' union', a.union(b, range(5)), a.union([95, 96, 1]))
    print(' intersection', a.intersection(b, range(0, 90, 2)), a.intersection(list(b)))
    print(' difference', a.difference(b, {1, 2, 3}), a.difference(list(b)), a.difference(dict.fromkeys(b)))
    print(' symmetric', a.symmetric_difference(list(b)), a.symmetric_difference(dict.fromkeys(b)))
    c = set(a)
    c |= b
    print(' |=', c)
    c = set(a)
    c &= b
    print(' &=', c)
    c = set(a)
    c -= b
    print(' -=', c)
    c = set(a)
    c ^= b
    print(' ^=', c)
    c = set(a)
    c.difference_update(list(b), [draw(90)])
    print(' difference_update', c)
    c = set(a)
    c.intersection_update(list(b), b)
    print(' intersection_update', c)
    c = set(a)
    c.symmetric_difference_update(list(b))
    print(' symmetric_difference_update', c)

big = set(range(0, 300, 7))
small = {7, 14, 700}
print('big - small', big - small)
print('small - big', small - big)
for k in range(0, 300, 7):
    if k % 3:
        big.discard(k)
print('sparse', big)
big -= {0, 21}
print('sparse minus', big)
print(frozenset(range(20, 0, -3)) | {100, 4}, frozenset([64, 32, 0]) & frozenset([0, 32, 64, 96]))
print({x * 8 for x in range(10)}, {x % 13 for x in range(100, 0, -7)})
