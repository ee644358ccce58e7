# return in finally overrides an exception from an await; else clauses run after awaits.
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


async def return_in_finally():
    try:
        await level3()
    finally:
        return 'finally overrides the exception'


print(run(return_in_finally()))


async def else_clause():
    try:
        await Tick('try body')
    except Exception:
        return 'not reached'
    else:
        await Tick('else body')
        return 'else ran'


print(run(else_clause()))
