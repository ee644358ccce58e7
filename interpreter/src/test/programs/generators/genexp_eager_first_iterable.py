# A generator expression evaluates its first iterable (and calls iter on it) when it is
# created; every other part runs lazily, when the values are requested.
def log(message, value):
    print('evaluating', message)
    return value


g = (x + y for x in log('outer iterable', [1, 2]) for y in log('inner iterable', [10, 20]))
print('created')
print(next(g))
print(list(g))

try:
    g = (x for x in 1 / 0)
    print('not reached')
except ZeroDivisionError as e:
    print('error at creation:', type(e).__name__, e)

try:
    g = (x for x in 42)
    print('not reached')
except TypeError as e:
    print('error at creation:', type(e).__name__, e)

g = (1 / 0 for x in [1])
print('condition and element errors are lazy')
try:
    next(g)
except ZeroDivisionError as e:
    print('error on next:', e)
print('after the error the genexp is finished:', next(g, 'finished'))

g = (x for x in [1, 2] for y in 1 / 0)
print('second iterable is lazy')
try:
    next(g)
except ZeroDivisionError as e:
    print('error on next:', e)

g = (x for x in [1, 2] if undefined_name)
print('undefined name in the condition is lazy')
try:
    next(g)
except NameError as e:
    print('NameError', e)


class Tracked:
    def __iter__(self):
        print('__iter__ called at creation')
        return iter(['t'])


g = (v for v in Tracked())
print('created a genexp over Tracked')
print(list(g))

items = [1, 2, 3]
g = (v for v in items)
items.append(4)
print('same list object, sees the append:', list(g))
items = [1, 2, 3]
g = (v for v in items)
items = ['rebound']
print('the name was rebound, the genexp keeps the old list:', list(g))
