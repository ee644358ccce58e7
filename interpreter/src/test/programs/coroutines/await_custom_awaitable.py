# await on objects with __await__: a generator function __await__ yields values straight
# up to whoever drives the outermost coroutine, and its return value is the await's result.
def run(coro):
    """Drives a coroutine; a yielded name starting with 'ask' gets a reply, others get None
    (the only value a plain iterator accepts)."""
    reply = None
    while True:
        try:
            request = coro.send(reply)
        except StopIteration as stop:
            return stop.value
        print('  trampoline got', request)
        reply = f'reply to {request}' if request.startswith('ask') else None


class Request:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        print(f'  {self.name}: __await__ called')
        answer = yield self.name
        print(f'  {self.name}: resumed with {answer!r}')
        return answer.upper()


async def client():
    first = await Request('ask alpha')
    second = await Request('ask beta')
    return first, second


print(run(client()))


class Immediate:
    """An awaitable that never suspends."""

    def __await__(self):
        return iter(())


class FromList:
    def __await__(self):
        return iter(['x', 'y'])


async def mixed():
    print('immediate gives', await Immediate())
    print('from list gives', await FromList())
    return 'mixed done'


print(run(mixed()))


class Delegating:
    def __await__(self):
        result = yield from Request('ask inner').__await__()
        return f'delegated: {result}'


async def uses_delegating():
    return await Delegating()


print(run(uses_delegating()))
