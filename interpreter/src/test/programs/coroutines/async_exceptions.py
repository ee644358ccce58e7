# Exceptions travel up through chains of awaits; try/except/finally in async functions see
# them, and exception context is kept across suspensions.
import sys


def run(coro):
    try:
        while True:
            print('  (trampoline got', coro.send(None) + ')')
    except StopIteration as stop:
        return stop.value
    except Exception as e:
        return f'escaped to the trampoline: {type(e).__name__}: {e}'


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


async def level3():
    await Tick('level3')
    raise ValueError('raised at level 3')


async def level2():
    try:
        await level3()
    finally:
        print('  level2 finally')


async def level1():
    try:
        await level2()
    except ValueError as e:
        print('  level1 caught', e)
        await Tick('level1 handler')
        print('  exc_info after a suspension in the handler:', type(sys.exc_info()[1]).__name__)
        raise KeyError('translated') from e


print(run(level1()))


async def check_chain():
    try:
        await level1()
    except KeyError as e:
        return f'cause: {e.__cause__!r}'


print(run(check_chain()))


async def implicit_context():
    try:
        await level3()
    except ValueError:
        await Tick('between')
        return 1 / 0


async def shows_context():
    try:
        await implicit_context()
    except ZeroDivisionError as e:
        return f'context: {e.__context__!r}'


print(run(shows_context()))
