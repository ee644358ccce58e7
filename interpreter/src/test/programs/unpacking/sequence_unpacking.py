# Unpacking assignments and their errors.
a, b, c = [1, 2, 3]
print(a, b, c)
x, y = 'hi'
print(x, y)
(p, q), [r, s] = (1, 2), 'ab'
print(p, q, r, s)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
for bad in [[1, 2, 3], [1]]:
    try:
        m, n = bad
    except ValueError as e:
        print('ValueError', e)
try:
    m, n = 5
except TypeError as e:
    print('TypeError', e)
