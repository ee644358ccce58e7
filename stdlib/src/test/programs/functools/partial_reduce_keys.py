# partial's repr, flattening and attributes; reduce and cmp_to_key errors; wraps/update_wrapper details.
import functools
from functools import partial, reduce, cmp_to_key, update_wrapper, wraps
def show(*args, **kwargs):
    return args, kwargs
base = partial(show, 1, key='a')
flat = partial(base, 2, other='b')
print(flat.func is show, flat.args, flat.keywords, flat(3, key='z'))
print(repr(partial(len, 'abc', k=1)), repr(partial(max)))
class Tagged(partial):
    pass
tagged = Tagged(show, 1)
print(repr(tagged).startswith('Tagged(<function show'), type(partial(tagged, 2).func).__name__, partial(tagged, 2).args)
base.note = 'has a dict'
print(partial(base, 9).func is base, base.__dict__, partial(base, 9)())
kw = partial(show, x=1)
kw.keywords['y'] = 2
print(kw(), partial(show)(), partial(show, *range(3))())
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), reduce(max, [], 'empty'), reduce(pow, [2, 3, 2]), reduce(min, 'zyx'))
by_length = cmp_to_key(lambda a, b: len(a) - len(b))
print(sorted(['ccc', 'a', 'bb'], key=by_length), by_length('xy').obj, by_length('a') < by_length('bb'), by_length('aa') == by_length('bb'))
print(max(['aa', 'b', 'cccc'], key=by_length), type(by_length).__name__, by_length.__hash__)
def original(a, b):
    """Original docstring."""
    return a + b
original.extra = {'tag': 1}
def replacement(*args):
    return 'replacement'
update_wrapper(replacement, original, assigned=('__doc__',), updated=())
print(replacement.__name__, replacement.__doc__, replacement.__wrapped__ is original, hasattr(replacement, 'extra'))
@wraps(original)
def decorated(*args):
    return original(*args) * 2
print(decorated(1, 2), decorated.__name__, decorated.__doc__, decorated.extra, decorated.__wrapped__ is original)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES, type(wraps(original)).__name__)
class Callable:
    def __call__(self):
        return 'called'
wrapped_object = wraps(Callable())(lambda: 'lambda')
print(wrapped_object.__name__, wrapped_object())
bad_calls = [
    lambda: partial(), lambda: partial(1), lambda: reduce(max, 1), lambda: reduce(max, []),
    lambda: reduce(lambda a, b: a + b, [1, 'x']), lambda: by_length('a') < 'a', lambda: partial(show).func.missing,
]
for bad in bad_calls:
    try:
        print('no error', bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
