# partial of bound methods and builtins; lru_cache keys for kwargs and typed caching.
from functools import partial, lru_cache
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name, punctuation='.'):
        return f'{self.greeting}, {name}{punctuation}'
hello = partial(Greeter('Hello').greet, punctuation='!')
print(hello('Ann'), hello('Bo', punctuation='?'))
join_dash = partial(str.join, '-')
print(join_dash(['a', 'b', 'c']), partial(sorted, key=len)(['ccc', 'a', 'bb']))
calls = []
@lru_cache(maxsize=16)
def f(a, b=0):
    calls.append((a, b))
    return a + b
f(1); f(1); f(1, 2); f(1, b=2); f(b=2, a=1); f(a=1, b=2)
print(calls, f.cache_info().hits, f.cache_info().misses)
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
@lru_cache(maxsize=None)
def unhashable_arg(x):
    return x
try:
    unhashable_arg([1])
except TypeError as e:
    print('TypeError', e)
