# `yield from` a sub-generator passes its values through and evaluates to its return value.
def inner(name, n):
    for i in range(n):
        yield f'{name}{i}'
    return f'{name} finished after {n}'


def outer():
    first = yield from inner('a', 2)
    print('outer got:', first)
    second = yield from inner('b', 0)
    print('outer got:', second)
    third = yield from inner('c', 1)
    print('outer got:', third)
    return [first, second, third]


g = outer()
values = []
try:
    while True:
        values.append(next(g))
except StopIteration as stop:
    print('values', values)
    print('returned', stop.value)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain('ab', [1, 2], (), range(3), {'k': 'v'})))


def depth(n):
    if n == 0:
        yield 'bottom'
        return 0
    got = yield from depth(n - 1)
    yield f'level {n} saw {got}'
    return got + 1


print(list(depth(3)))


def returns_without_yielding():
    return 'immediate'
    yield


def uses_it():
    result = yield from returns_without_yielding()
    yield result


print(list(uses_it()))


def yield_from_expression_value():
    x = (yield from inner('x', 1)) + '!'
    yield x


print(list(yield_from_expression_value()))
