# An async generator that raises StopAsyncIteration itself: RuntimeError.
async def agen():
    yield 'first'
    raise StopAsyncIteration


a = agen()
try:
    a.__anext__().send(None)
except StopIteration as stop:
    print('first value', stop.value)
a.__anext__().send(None)
