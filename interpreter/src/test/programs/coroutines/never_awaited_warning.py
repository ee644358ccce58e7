# A coroutine created and dropped without being awaited makes CPython print a RuntimeWarning
# ("coroutine 'forgotten' was never awaited") to stderr when the object is freed; the
# warning's last line is the hint about tracemalloc. The program itself carries on.
async def forgotten():
    print('never printed: the body never runs')


async def awaited():
    return 'awaited ran'


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


print('before')
forgotten()
print('after dropping an unawaited coroutine')
print(drive(awaited()))

closed = forgotten()
closed.close()
del closed
print('a coroutine closed before being dropped gives no warning')
print('end')
