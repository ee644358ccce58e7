# inspect.getcoroutinestate through a coroutine's life, driven by hand with send().
import inspect
from inspect import getcoroutinestate


class Pause:
    def __await__(self):
        yield 'paused'


async def watched():
    print('  inside the coroutine:', getcoroutinestate(c))
    await Pause()
    return 'result'


c = watched()
print('created:', getcoroutinestate(c))
print('send ->', c.send(None))
print('awaiting:', getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as stop:
    print('returned', stop.value + ':', getcoroutinestate(c))

c = watched()
c.send(None)
c.close()
print('closed while suspended:', getcoroutinestate(c))

c = watched()
c.close()
print('closed before starting:', getcoroutinestate(c))


async def fails():
    await Pause()
    raise LookupError('failure inside')


c = fails()
c.send(None)
try:
    c.send(None)
except LookupError:
    print('after raising:', getcoroutinestate(c))

c = fails()
c.send(None)
try:
    c.throw(OSError('thrown'))
except OSError:
    print('after an unhandled throw:', getcoroutinestate(c))

print('constants:', inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED,
      inspect.CORO_CLOSED)
