# __await__ that hands over a coroutine's own awaiter, and one awaitable object awaited twice.
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


class AwaitableFromCoroutine:
    async def _work(self):
        return await Request('ask from coroutine')

    def __await__(self):
        return self._work().__await__()


async def uses_wrapper():
    return await AwaitableFromCoroutine()


print(run(uses_wrapper()))

awaitable = Request('ask again')


async def await_twice():
    return [await awaitable, await awaitable]


print(run(await_twice()))
