# Misusing async generators: each error is caught and printed.
class Tick:
    def __await__(self):
        yield 'tick'


def step(awaitable, label):
    try:
        print(label, '-> suspended with', awaitable.send(None))
    except StopIteration as stop:
        print(label, '-> value', repr(stop.value))
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)


async def pausing():
    received = yield 'one'
    await Tick()
    yield f'two (received {received!r})'


agen = pausing()
step(agen.asend('x'), 'asend non-None first')
step(agen.athrow(1), 'athrow(1)')
step(agen.athrow(int), 'athrow(int)')

agen = pausing()
awaitable = agen.__anext__()
step(awaitable, '__anext__')
step(awaitable, 'the same __anext__ awaitable again')

agen = pausing()
step(agen.__anext__(), 'start')
in_progress = agen.asend('sent')
step(in_progress, 'asend that awaits inside')
step(agen.__anext__(), 'another __anext__ while it is running')
step(agen.aclose(), 'aclose while it is running')
step(in_progress, 'resume the first asend')
step(agen.__anext__(), 'after the end')

for attempt in (lambda: next(pausing()), lambda: iter(pausing()), lambda: list(pausing())):
    try:
        attempt()
    except TypeError as e:
        print('sync iteration -> TypeError:', e)


async def ignores_exit():
    try:
        yield 'stubborn'
    except GeneratorExit:
        yield 'yielding during aclose'


agen = ignores_exit()
step(agen.__anext__(), 'start')
step(agen.aclose(), 'aclose of a generator that yields again')
step(agen.__anext__(), 'then')


async def raises_stop_async():
    yield 'ok'
    raise StopAsyncIteration('inside')


async def raises_stop():
    yield 'ok'
    raise StopIteration('inside')


for function in (raises_stop_async, raises_stop):
    agen = function()
    step(agen.__anext__(), function.__name__ + ' first')
    try:
        agen.__anext__().send(None)
    except RuntimeError as e:
        print(function.__name__, '-> RuntimeError:', e, '| cause', type(e.__cause__).__name__)
