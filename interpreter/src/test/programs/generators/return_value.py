# `return value` in a generator becomes StopIteration.value; a bare return or falling off
# the end gives None.
def returns(value):
    yield 'only'
    return value


for value in (42, None, (1, 2), [3], StopIteration('inner')):
    g = returns(value)
    next(g)
    try:
        next(g)
    except StopIteration as stop:
        print(type(stop.value).__name__, repr(stop.value), 'args:', repr(stop.args))


def bare_return():
    yield 1
    return


def falls_off():
    yield 1


for function in (bare_return, falls_off):
    g = function()
    next(g)
    try:
        next(g)
    except StopIteration as stop:
        print(function.__name__, stop.value, stop.args)


def early_return(limit):
    for i in range(10):
        if i == limit:
            return f'stopped at {i}'
        yield i
    return 'ran to the end'


def drain(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value


print(drain(early_return(3)))
print(drain(early_return(20)))
print(drain(early_return(0)))

print(list(early_return(2)))
for i in early_return(1):
    print('for loop sees only', i)


def return_from_finally():
    try:
        yield 'in try'
    finally:
        return 'from finally'


g = return_from_finally()
next(g)
try:
    next(g)
except StopIteration as stop:
    print('finally returned', stop.value)
g = return_from_finally()
next(g)
print('close of a generator whose finally returns:', g.close())
