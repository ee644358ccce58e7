# List slices: reading, assigning, deleting, steps.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::3], xs[::-1], xs[-3:], xs[8:2:-2], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = ['a', 'b']
print(ys)
ys[:0] = [-1]
ys[len(ys):] = [99]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
del ys[::3]
print(ys)
zs = [1, 2, 3, 4]
zs[1:3] = []
print(zs)
try:
    zs[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
