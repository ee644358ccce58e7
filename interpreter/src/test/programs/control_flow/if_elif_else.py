# if/elif/else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in [-5, 0, 3, 10, 10 ** 30]:
    print(n, classify(n))
for value in [0, 1, '', 'x', [], [0], {}, None, 0.0, -0.0, 1e-300, (), set(), range(0)]:
    if value:
        print(repr(value), 'truthy')
    else:
        print(repr(value), 'falsy')
if True: print('one-line if')
