# functools.lru_cache with statistics.
from functools import lru_cache
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls)
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def square(x):
    print('computing', x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    square(x)
print(square.cache_info())
@lru_cache
def plain(a, b=0):
    return a + b
print(plain(1), plain(1), plain(1, b=0), plain.cache_info().hits)
print(fib.__name__, hasattr(fib, '__wrapped__'))
