# The TypeErrors of objects that do not follow the async with / async for protocols.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
    except TypeError as e:
        print('  TypeError:', e)


class Plain:
    pass


class SyncManager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class OnlyAenter:
    async def __aenter__(self):
        return self


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *exc):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return self

    def __aexit__(self, *exc):
        return 'not awaitable'


for manager in (Plain(), SyncManager(), OnlyAenter(), EnterNotAwaitable(), ExitNotAwaitable()):
    async def use():
        async with manager:
            print('  body ran')
    print('async with', type(manager).__name__)
    run(use())


class AiterReturnsInt:
    def __aiter__(self):
        return 5


class AiterWithoutAnext:
    def __aiter__(self):
        return self


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 'plain value'


class SyncIterable:
    def __iter__(self):
        return iter([1])


for iterable in ([1, 2], Plain(), SyncIterable(), AiterReturnsInt(), AiterWithoutAnext(),
                 AnextNotAwaitable()):
    async def use():
        async for item in iterable:
            print('  got', item)
    print('async for', type(iterable).__name__)
    run(use())
