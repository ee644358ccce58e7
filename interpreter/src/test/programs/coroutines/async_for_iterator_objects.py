# async for over a separate iterator object whose __anext__ is a plain method returning an
# awaitable, with tuple unpacking and continue; StopAsyncIteration with a value.
def run(coro):
    try:
        while True:
            print('  (trampoline got', coro.send(None) + ')')
    except StopIteration as stop:
        return stop.value


class Pairs:
    """A separate iterator object, with __anext__ as a plain function returning an awaitable."""

    def __aiter__(self):
        return PairIterator()


class PairIterator:
    def __init__(self):
        self.items = [('a', 1), ('b', 2)]

    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Ready(self.items.pop(0))


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


async def unpacking_and_continue():
    out = []
    async for key, number in Pairs():
        if key == 'a':
            continue
        out.append(key * number)
    return out


print(run(unpacking_and_continue()))


class StopWithValue:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration('ignored value')


async def empty_loop():
    async for _ in StopWithValue():
        return 'not reached'
    return 'StopAsyncIteration ended the loop without error'


print(run(empty_loop()))
