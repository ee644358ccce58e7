# A generator function returns a generator object; its body runs only as values are requested.
def countdown(n):
    print('start', n)
    while n > 0:
        yield n
        n -= 1
    print('done')


g = countdown(3)
print('created')
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print('again StopIteration', e.args)

for value in countdown(2):
    print('for got', value)

print(list(countdown(0)))


def several():
    yield 'a'
    yield
    yield 'b', 'c'
    yield None


print(list(several()))


def never_yields():
    return
    yield


print(list(never_yields()))
print(type(never_yields()).__name__)
print(type(countdown).__name__)


def conditional_generator(flag):
    if flag:
        yield 'flag was set'


print(list(conditional_generator(True)), list(conditional_generator(False)))
