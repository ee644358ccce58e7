# any(), all(), in, next() with a default and zip() stop pulling from a generator as soon as
# they know the answer; the prints show how far each one went.
def noisy(values, label):
    for v in values:
        print(f'  {label} yields {v!r}')
        yield v
    print(f'  {label} exhausted')


print('any ->', any(noisy([0, '', 3, 4], 'any')))
print('any of all-false ->', any(noisy([0, None], 'any')))
print('all ->', all(noisy([1, 'x', 0, 5], 'all')))
print('all of all-true ->', all(noisy([1, 2], 'all')))
print('any of nothing', any(noisy([], 'empty')), '| all of nothing', all(noisy([], 'empty')))

print('in ->', 3 in noisy([1, 2, 3, 4], 'in'))
print('not in ->', 9 not in noisy([1, 2], 'not in'))

g = noisy(range(5), 'shared')
print('2 in g ->', 2 in g)
print('the rest of g ->', list(g))

print('zip stops with its shortest input:')
print(list(zip(noisy('ab', 'left'), noisy([1, 2, 3], 'right'))))
print('zip with the short one first:')
print(list(zip(noisy('a', 'short'), noisy([1, 2], 'long'))))

print('map over two generators:')
print(list(map(max, noisy([1, 5], 'm1'), noisy([4, 2, 9], 'm2'))))

print('a for loop with break:')
for v in noisy(range(10), 'loop'):
    if v == 1:
        break
print('next with a default stops after one:', next(noisy('xyz', 'next'), 'default'))

print('sum pulls everything:', sum(noisy([1, 2], 'sum')))
print('min with key:', min(noisy(['ccc', 'a', 'bb'], 'min'), key=len))

print('chained comparisons of generators pull lazily too:')
lazy = noisy([10, 20, 30], 'cmp')
print(next(lazy) < next(lazy) < 15 < next(lazy))
