# In-place list operators keep identity.
a = [1]
ref = a
a += [2, 3]
a *= 2
print(a, ref is a)
a += 'xy'
print(a)
a += range(2)
print(a)
b = [0]
b = b + [1]
print(b)
try:
    c = [1]
    c = c + 'x'
except TypeError as e:
    print('TypeError', e)
