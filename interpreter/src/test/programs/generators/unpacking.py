# Unpacking generators: assignment targets, starred targets, calls, and displays.
def gen(n):
    for i in range(n):
        print(f'  gen yields {i}')
        yield i


a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
*init, last = gen(3)
print(init, last)
head, *middle, tail = gen(2)
print(head, middle, tail)
(x, y), z = gen(2), 'z'
print(x, y, z)


def show(*args, **kwargs):
    return args, kwargs


print(show(*gen(3)))
print(show(-1, *gen(2), 99, *gen(1)))
print([*gen(2), *'ab'])
print((*gen(1),))
print({*gen(3)} == {0, 1, 2})
print(dict(zip(gen(2), 'ab')))


def keyword_pairs():
    yield 'alpha', 1
    yield 'beta', 2


print(show(**dict(keyword_pairs())))

for label, value in keyword_pairs():
    print(label, value)
for index, (label, value) in enumerate(keyword_pairs()):
    print(index, label, value)

try:
    p, q = gen(3)
except ValueError as e:
    print('ValueError', e)
try:
    p, q, r = gen(2)
except ValueError as e:
    print('ValueError', e)
try:
    p, *q, r = gen(1)
except ValueError as e:
    print('ValueError', e)
try:
    show(*(1 / 0 for _ in gen(1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError while unpacking arguments:', e)
