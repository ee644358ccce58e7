# yield in the condition of if/while, in the iterable of a for, and in a return statement.
def if_condition():
    if (yield 'condition?'):
        yield 'took the if branch'
    else:
        yield 'took the else branch'


g = if_condition()
print(next(g), '->', g.send(True))
g = if_condition()
print(next(g), '->', g.send(0))


def while_condition():
    rounds = 0
    while (yield f'round {rounds}: continue?'):
        rounds += 1
    return rounds


g = while_condition()
print(next(g))
print(g.send(1))
print(g.send('yes'))
try:
    g.send('')
except StopIteration as stop:
    print('loop ran', stop.value, 'times')


def for_iterable():
    for item in (yield 'give me an iterable'):
        yield item * 10


g = for_iterable()
print(next(g))
print(g.send([1, 2, 3]))
print(next(g), next(g))
print(next(g, 'exhausted'))


def return_yield():
    return (yield 'what should I return?')


g = return_yield()
print(next(g))
try:
    g.send('this value')
except StopIteration as stop:
    print('returned', repr(stop.value))
