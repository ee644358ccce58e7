# A coroutine runs once: awaiting it again, or resuming it after it finished, is a
# RuntimeError; awaiting it from two places at once, or from itself, is an error too.
class Pause:
    def __await__(self):
        yield 'pause'


async def job():
    await Pause()
    return 'job result'


def step(coro, label):
    try:
        print(label, '->', coro.send(None))
    except StopIteration as stop:
        print(label, '-> finished with', repr(stop.value))
    except (RuntimeError, ValueError, TypeError) as e:
        print(label, '->', type(e).__name__ + ':', e)


shared = job()


async def await_twice():
    first = await shared
    print('  first await gave', first)
    await shared


c = await_twice()
step(c, 'await_twice step 1')
step(c, 'await_twice step 2')

done = job()
step(done, 'job step 1')
step(done, 'job step 2')
step(done, 'job step 3 (already finished)')

closed = job()
closed.close()
step(closed, 'send to a closed, never-started coroutine')

target = job()


async def first_awaiter():
    return await target


async def second_awaiter():
    return await target


a = first_awaiter()
step(a, 'first awaiter')
step(second_awaiter(), 'second awaiter while the first is suspended')
step(a, 'first awaiter resumes')


async def awaits_itself():
    await me


me = awaits_itself()
step(me, 'a coroutine awaiting itself')
step(job(), 'a fresh coroutine works')
