# Starred assignment targets.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = [1]
print(head, rest)
a, *b, c, d = (1, 2, 3)
print(a, b, c, d)
[*everything] = {1: 'a', 2: 'b'}
print(everything)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)
(x, *y), z = 'pqr', 0
print(x, y, z)
