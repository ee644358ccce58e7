# Parameters, locals, globals and deleted names keep their state across yields.

def many_locals(a, b=2, *rest, key='k', **extra):
    total = a + b
    yield total
    total += sum(rest)
    yield total
    label = f'{key}:{sorted(extra)}'
    yield label, a, b, rest, total


print(list(many_locals(1, 2, 3, 4, key='K', z=1, y=2)))


def generator_that_modifies_global():
    global tally
    for i in range(3):
        tally += i
        yield tally


tally = 100
print(list(generator_that_modifies_global()), tally)


def deleted_local():
    x = 'bound'
    yield x
    del x
    try:
        yield x
    except UnboundLocalError as e:
        yield f'UnboundLocalError: {e}'


print(list(deleted_local()))
