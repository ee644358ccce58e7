# Builtins that consume an iterator, each fed with a fresh generator.
def numbers():
    yield 3
    yield 1
    yield 4
    yield 1
    yield 5


def pairs():
    yield 'b', 2
    yield 'a', 1
    yield 'b', 3


def words():
    yield from ['pear', 'fig', 'apple']


print('sum', sum(numbers()), sum(numbers(), 100), sum((x / 2 for x in numbers()), 0.5))
print('list', list(numbers()))
print('tuple', tuple(numbers()))
print('set', sorted(set(numbers())))
print('frozenset', sorted(frozenset(numbers())))
print('dict', dict(pairs()))
print('dict with keywords', sorted(dict(pairs(), c=9).items()))
print('sorted', sorted(numbers()), sorted(words(), key=len), sorted(numbers(), reverse=True))
print('min max', min(numbers()), max(numbers()), min(words(), key=len), max(words()))
print('min of empty with default', min((x for x in ()), default='empty'))
try:
    max(x for x in ())
except ValueError as e:
    print('ValueError', e)
print('zip', list(zip(numbers(), words())))
print('zip three', list(zip(numbers(), 'xyz', pairs())))
print('map', list(map(lambda a, b: a * b, numbers(), numbers())))
print('filter', list(filter(lambda n: n > 2, numbers())), list(filter(None, (0, 1, '', 'a'))))
print('enumerate', list(enumerate(words(), 1)))
print('reversed of a list of it', list(reversed(list(numbers()))))
print('join', '-'.join(words()), ''.join(str(n) for n in numbers()))
print('bytes', bytes(n * 10 for n in numbers()), bytearray(numbers()))
print('str.join of non-strings:', end=' ')
try:
    ','.join(numbers())
except TypeError as e:
    print('TypeError', e)
print('list.extend', [0] + [*numbers()], end=' ')
target = ['start']
target.extend(words())
print(target)
print('set update', sorted({0}.union(numbers())))
print('dict.fromkeys', dict.fromkeys(words(), 0))
print('sum of a generator of generators', sum(sum(range(n)) for n in numbers()))

iterator = numbers()
print('partly consumed first:', next(iterator), next(iterator), '| then list:', list(iterator))

try:
    dict(x for x in numbers())
except TypeError as e:
    print('TypeError', e)
try:
    dict('abc' for _ in range(1))
except ValueError as e:
    print('ValueError', e)
