# async with awaits __aenter__ and __aexit__; __aexit__ sees the exception and may suppress it.
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


class Connection:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick(f'{self.name} opening')
        print(f'  {self.name}: opened')
        return f'<session {self.name}>'

    async def __aexit__(self, exc_type, exc, tb):
        await Tick(f'{self.name} closing')
        print(f'  {self.name}: __aexit__({None if exc_type is None else exc_type.__name__}, {exc!r}, '
              f'traceback={tb is not None})')
        return exc_type is not None and issubclass(exc_type, self.suppress)


async def normal():
    async with Connection('db') as session:
        print('  body with', session)
    return 'normal done'


print(run(normal()))


async def failing(suppress):
    try:
        async with Connection('cache', suppress):
            raise KeyError('missing')
        return 'suppressed, the statement after the block ran'
    except KeyError as e:
        return f'propagated {e!r}'


print(run(failing(())))
print(run(failing((LookupError,))))


async def nested_and_return():
    async with Connection('outer') as a, Connection('inner') as b:
        return f'returned from inside with {a} and {b}'


print(run(nested_and_return()))


async def loop_with_break():
    for i in range(3):
        async with Connection(f'loop{i}'):
            if i == 1:
                break
    return 'left the loop'


print(run(loop_with_break()))
