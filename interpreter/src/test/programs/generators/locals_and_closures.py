# Locals survive across yields, including cells shared with inner functions and nonlocal
# rebinding done by an inner function while the generator is suspended.
def counter(start):
    count = start
    history = []

    def bump(by):
        nonlocal count
        count += by
        history.append(count)

    def read():
        return count

    while True:
        command = yield read, bump
        if command == 'stop':
            return history
        bump(1)


g = counter(10)
read, bump = next(g)
print('initial', read())
bump(5)
print('after bump from outside', read())
g.send('go')
print('after a resume', read())
try:
    g.send('stop')
except StopIteration as stop:
    print('history', stop.value)
print('closure still works after the generator finished', read())


def closures_per_iteration():
    for i in range(3):
        captured = i * 10
        yield lambda: captured


functions = list(closures_per_iteration())
print('shared cell, last value:', [f() for f in functions])

lazy = closures_per_iteration()
seen = []
for f in lazy:
    seen.append(f())
print('called while suspended:', seen)


def outer_function():
    shared = 'outer value'

    def gen():
        nonlocal shared
        yield shared
        shared = 'changed by the generator'
        yield shared

    return gen, lambda: shared


gen, peek = outer_function()
g = gen()
print(next(g), '|', peek())
print(next(g), '|', peek())
