# Async generator attributes: ag_running, ag_frame, ag_await, ag_code, names and repr, and
# the types of the awaitables that __anext__, asend, athrow and aclose return.
class Tick:
    def __await__(self):
        yield 'tick'


async def agen_function():
    yield 'first'
    await Tick()
    yield 'second'


def short(obj):
    return repr(obj).split(' at 0x')[0]


def describe(agen):
    awaiting = agen.ag_await
    return (f'running={agen.ag_running} frame={agen.ag_frame is not None} '
            f'await={None if awaiting is None else type(awaiting).__name__}')


agen = agen_function()
print(type(agen).__name__, short(agen), agen.__name__, agen.__qualname__)
print('code:', agen.ag_code is agen_function.__code__, agen.ag_code.co_name,
      '| CO_ASYNC_GENERATOR flag:', bool(agen_function.__code__.co_flags & 0x200))
print('created:  ', describe(agen))

step = agen.__anext__()
print(type(step).__name__, short(step))
try:
    step.send(None)
except StopIteration as stop:
    print('first __anext__ finished with', stop.value)
print('suspended:', describe(agen), '| line', agen.ag_frame.f_lineno)

step = agen.__anext__()
print('awaiting inside:', step.send(None), '|', describe(agen))
try:
    step.send(None)
except StopIteration as stop:
    print('second __anext__ finished with', stop.value)

print(type(agen.asend(None)).__name__, type(agen.athrow(ValueError)).__name__,
      type(agen.aclose()).__name__)

closing = agen.aclose()
try:
    closing.send(None)
except StopIteration:
    print('aclose finished; finished:', describe(agen))


class Holder:
    async def method(self):
        yield


agen = Holder().method()
print(agen.__name__, agen.__qualname__, short(agen))
agen.__qualname__ = 'Renamed.method'
print(short(agen))
