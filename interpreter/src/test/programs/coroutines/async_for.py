# async for calls __aiter__ once and awaits __anext__ until it raises StopAsyncIteration;
# break skips the else clause, exhaustion runs it.
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


class Countdown:
    def __init__(self, start):
        self.start = start

    def __aiter__(self):
        print('  __aiter__ called')
        self.current = self.start
        return self

    async def __anext__(self):
        if self.current <= 0:
            print('  raising StopAsyncIteration')
            raise StopAsyncIteration
        await Tick(f'fetch {self.current}')
        self.current -= 1
        return self.current + 1


async def consume(start, stop_at=None):
    seen = []
    async for value in Countdown(start):
        if value == stop_at:
            print('  break at', value)
            break
        seen.append(value)
    else:
        print('  else clause: the loop ran to the end')
    return seen


print(run(consume(3)))
print(run(consume(3, stop_at=2)))
print(run(consume(0)))
