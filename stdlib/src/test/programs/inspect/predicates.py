# inspect's generator and coroutine predicates on functions, their results and other objects.
import inspect
import types


def gen_function():
    yield


async def coro_function():
    pass


async def async_gen_function():
    yield


def plain_function():
    return None


class CustomAwaitable:
    def __await__(self):
        yield


@types.coroutine
def generator_coroutine():
    yield


generator = gen_function()
coroutine = coro_function()
async_generator = async_gen_function()
genexp = (x for x in ())
iterable_coroutine = generator_coroutine()

subjects = [
    ('generator function', gen_function),
    ('coroutine function', coro_function),
    ('async generator function', async_gen_function),
    ('plain function', plain_function),
    ('lambda generator', lambda: (yield)),
    ('generator', generator),
    ('generator expression', genexp),
    ('coroutine', coroutine),
    ('async generator', async_generator),
    ('types.coroutine generator', iterable_coroutine),
    ('custom awaitable', CustomAwaitable()),
    ('list', [1]),
    ('list iterator', iter([1])),
    ('None', None),
]
predicates = ['isgeneratorfunction', 'isgenerator', 'iscoroutinefunction', 'iscoroutine',
              'isawaitable', 'isasyncgenfunction', 'isasyncgen']
print('columns:', ', '.join(predicates))
for label, subject in subjects:
    flags = ''.join('X' if getattr(inspect, name)(subject) else '.' for name in predicates)
    print(f'{label:28} {flags}')

print('bound method generator function:', inspect.isgeneratorfunction(CustomAwaitable().__await__))
coroutine.close()
iterable_coroutine.close()
