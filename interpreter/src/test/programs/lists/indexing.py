# List indexing, assignment and deletion by index.
xs = list(range(10))
print(xs[0], xs[-1], xs[3], xs[-4])
xs[0] = 'zero'
xs[-1] *= 100
print(xs)
del xs[1]
del xs[-2:]
print(xs, len(xs))
for i in [10, -11]:
    try:
        xs[i]
    except IndexError as e:
        print('IndexError', e)
try:
    xs[20] = 1
except IndexError as e:
    print('IndexError', e)
try:
    xs['a']
except TypeError as e:
    print('TypeError', e)
try:
    xs[1.0]
except TypeError as e:
    print('TypeError', e)
print(xs[True], xs[False])
