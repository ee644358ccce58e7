# Coroutine attributes: cr_frame, cr_running, cr_await, cr_code, cr_suspended, plus
# __name__, __qualname__ and the repr (with the address cut off).
class Pause:
    def __await__(self):
        yield 'paused'


async def inner():
    await Pause()
    return 'inner done'


async def watched():
    print('  inside: cr_running =', c.cr_running)
    result = await inner()
    print('  inside again: cr_await =', c.cr_await)
    await Pause()
    return result


def state(coro):
    awaiting = coro.cr_await
    awaiting = None if awaiting is None else type(awaiting).__name__
    return (f'frame={coro.cr_frame is not None} running={coro.cr_running} '
            f'suspended={coro.cr_suspended} await={awaiting}')


c = watched()
print('created  ', state(c))
print('send ->', c.send(None))
print('suspended', state(c))
print('  awaiting', c.cr_await.__qualname__, 'which awaits', type(c.cr_await.cr_await).__name__)
print('send ->', c.send(None))
try:
    c.send(None)
except StopIteration as stop:
    print('returned', stop.value)
print('finished ', state(c))

print('cr_code:', c.cr_code is watched.__code__, c.cr_code.co_name)
print('CO_COROUTINE flag:', bool(watched.__code__.co_flags & 0x80))


class Box:
    async def method(self):
        pass


for coro in (watched(), Box().method()):
    print(coro.__name__, '|', coro.__qualname__, '|', repr(coro).split(' at 0x')[0])
    coro.close()

c = inner()
c.__name__ = 'renamed'
c.__qualname__ = 'Some.renamed'
print(c.__name__, c.__qualname__, repr(c).split(' at 0x')[0])
c.close()
print(type(c).__name__, str(type(c)))
