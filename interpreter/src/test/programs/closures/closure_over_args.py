# Closures over parameters and loop variables of enclosing functions.
def multiplier(factor):
    return lambda x: x * factor
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double('ab'))
def memoize(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memoize
def slow_square(n):
    print('computing', n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def accumulate():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return history
    return add
acc = accumulate()
acc(5); acc(10)
print(acc(-3))
