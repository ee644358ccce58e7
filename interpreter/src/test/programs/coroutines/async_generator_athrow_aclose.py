# athrow() raises at the async generator's yield and returns its next value; aclose() throws
# GeneratorExit, running finally blocks that may themselves await.
def run(coro):
    try:
        while True:
            print('  (trampoline got', coro.send(None) + ')')
    except StopIteration as stop:
        return stop.value


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


async def resilient():
    try:
        n = 0
        while True:
            try:
                yield n
                n += 1
            except ValueError as e:
                print('  resilient handled', e)
                n = 100
    finally:
        await Tick('cleanup in finally')
        print('  resilient finally done')


async def scenario():
    agen = resilient()
    print('  first', await agen.__anext__())
    print('  second', await agen.__anext__())
    print('  athrow ValueError ->', await agen.athrow(ValueError('reset')))
    print('  next', await agen.__anext__())
    print('  aclose ->', await agen.aclose())
    print('  after aclose:', await anext(agen, 'exhausted'))
    print('  aclose again ->', await agen.aclose())
    return 'scenario done'


print(run(scenario()))


async def unhandled():
    agen = resilient()
    await agen.__anext__()
    try:
        await agen.athrow(KeyError('unhandled'))
    except KeyError as e:
        print('  KeyError propagated:', e)
    print('  finished afterwards:', await anext(agen, 'exhausted'))
    return 'unhandled done'


print(run(unhandled()))


async def returns_on_exit():
    try:
        yield 'only'
    except GeneratorExit:
        print('  caught GeneratorExit, returning')
        return


async def close_variants():
    agen = returns_on_exit()
    await agen.__anext__()
    print('  aclose of a generator that returns ->', await agen.aclose())
    fresh = returns_on_exit()
    print('  aclose of an unstarted one ->', await fresh.aclose(), await anext(fresh, 'exhausted'))
    thrown = returns_on_exit()
    try:
        await thrown.athrow(OSError('into an unstarted one'))
    except OSError as e:
        print('  athrow into an unstarted one raised', e)
    return 'variants done'


print(run(close_variants()))
