# itertools functions fed with generators, including infinite generators tamed by islice
# and zip, and count/cycle/repeat themselves under islice/zip.
import itertools


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def letters():
    yield from 'abc'


print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(fibonacci(), 3, 12, 2)))
print(list(zip(naturals(), letters())))
print(list(itertools.chain(letters(), itertools.islice(naturals(), 2))))
print(list(itertools.chain.from_iterable(letters() for _ in range(2))))
print(list(itertools.takewhile(lambda n: n < 30, fibonacci())))
print(list(itertools.islice(itertools.dropwhile(lambda n: n < 30, fibonacci()), 3)))
print(list(itertools.compress(letters(), (i % 2 == 0 for i in naturals()))))
print(list(itertools.accumulate(itertools.islice(naturals(), 1, 6))))
print(list(itertools.accumulate(letters(), lambda acc, c: c + acc)))
print([(k, list(g)) for k, g in itertools.groupby(x // 3 for x in range(8))])
print(list(itertools.starmap(pow, ((b, 2) for b in range(4)))))
print(list(itertools.zip_longest(letters(), itertools.islice(naturals(), 5), fillvalue='-')))
print(list(itertools.product(letters(), (n for n in (0, 1)))))
print(list(itertools.permutations(x for x in 'xyz')))
print(list(itertools.combinations((n * n for n in range(4)), 2)))
print(list(itertools.pairwise(itertools.islice(fibonacci(), 6))))
print(list(itertools.filterfalse(lambda n: n % 3, itertools.islice(naturals(), 10))))

left, right = itertools.tee(fibonacci())
print(list(itertools.islice(left, 5)), list(itertools.islice(right, 7)))

print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.cycle(letters()), 7)))
print(list(itertools.repeat('r', 3)), list(zip(itertools.repeat('k'), letters())))
print(list(zip(itertools.count(), itertools.cycle('xy'), letters())))
print(list(map(lambda a, b: a * b, itertools.count(1), itertools.repeat(2, 4))))


def noisy():
    for i in naturals():
        print('  noisy yields', i)
        yield i


sliced = itertools.islice(noisy(), 2, 4)
print('islice created, nothing pulled yet')
print(list(sliced))

cycled = itertools.cycle(c.upper() for c in letters())
print([next(cycled) for _ in range(5)])
