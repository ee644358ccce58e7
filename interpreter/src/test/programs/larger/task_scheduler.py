# A round-robin scheduler of generator-based and async def tasks with a hand-written event
# loop: tasks make requests (sleep, spawn, join, channel send/receive) by yielding them, the
# loop answers with send() and delivers cancellations and timeouts with throw(). Time is a
# tick counter that jumps to the next sleeper's deadline, never the real clock.


class Cancelled(Exception):
    pass


class JoinTimeout(Exception):
    pass


class Request:
    """Something a task asks of the scheduler; awaitable so async def tasks can use it."""

    def __await__(self):
        return (yield self)


class Sleep(Request):
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn(Request):
    def __init__(self, name, coroutine):
        self.name = name
        self.coroutine = coroutine


class Join(Request):
    def __init__(self, name, timeout=None):
        self.name = name
        self.timeout = timeout


class Put(Request):
    def __init__(self, channel, item):
        self.channel = channel
        self.item = item


class Get(Request):
    def __init__(self, channel):
        self.channel = channel


class Task:
    def __init__(self, name, coroutine):
        self.name = name
        self.coroutine = coroutine
        self.done = False
        self.result = None
        self.error = None
        self.joiners = []


class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []       # (task, how to resume: ('send', value) or ('throw', exception))
        self.sleeping = []    # (wake tick, sequence, task, resumption), kept sorted
        self.sequence = 0
        self.tasks = {}
        self.channels = {}

    def log(self, message):
        print(f'[t={self.now:2}] {message}')

    def spawn(self, name, coroutine):
        task = Task(name, coroutine)
        self.tasks[name] = task
        self.ready.append((task, ('send', None)))
        return task

    def wake_at(self, tick, task, resumption):
        self.sequence += 1
        entry = (tick, self.sequence, task, resumption)
        index = 0
        while index < len(self.sleeping) and self.sleeping[index][:2] < entry[:2]:
            index += 1
        self.sleeping.insert(index, entry)

    def cancel(self, name):
        task = self.tasks[name]
        self.sleeping = [entry for entry in self.sleeping if entry[2] is not task]
        self.ready = [entry for entry in self.ready if entry[0] is not task]
        for waiting in self.channels.values():
            waiting[1][:] = [t for t in waiting[1] if t is not task]
        self.ready.append((task, ('throw', Cancelled(f'{name} cancelled at t={self.now}'))))

    def finish(self, task, result=None, error=None):
        task.done, task.result, task.error = True, result, error
        outcome = f'failed with {error!r}' if error else f'returned {result!r}'
        self.log(f'{task.name} {outcome}')
        for joiner in task.joiners:
            self.sleeping = [entry for entry in self.sleeping if entry[2] is not joiner]
            self.ready.append((joiner, ('send', (result, error))))
        task.joiners.clear()

    def step(self, task, resumption):
        kind, value = resumption
        if kind == 'throw':
            # A thrown exception resumes the task, so it no longer waits for any join.
            for other in self.tasks.values():
                if task in other.joiners:
                    other.joiners.remove(task)
        try:
            if kind == 'send':
                request = task.coroutine.send(value)
            else:
                request = task.coroutine.throw(value)
        except StopIteration as stop:
            self.finish(task, result=stop.value)
            return
        except Exception as error:
            self.finish(task, error=error)
            return
        self.handle(task, request)

    def handle(self, task, request):
        if isinstance(request, Sleep):
            self.wake_at(self.now + request.ticks, task, ('send', self.now + request.ticks))
        elif isinstance(request, Spawn):
            self.spawn(request.name, request.coroutine)
            self.ready.append((task, ('send', request.name)))
        elif isinstance(request, Join):
            target = self.tasks[request.name]
            if target.done:
                self.ready.append((task, ('send', (target.result, target.error))))
                return
            target.joiners.append(task)
            if request.timeout is not None:
                self.wake_at(self.now + request.timeout, task,
                             ('throw', JoinTimeout(f'{request.name} still running')))
        elif isinstance(request, Put):
            items, getters = self.channels.setdefault(request.channel, ([], []))
            if getters:
                self.ready.append((getters.pop(0), ('send', request.item)))
            else:
                items.append(request.item)
            self.ready.append((task, ('send', None)))
        elif isinstance(request, Get):
            items, getters = self.channels.setdefault(request.channel, ([], []))
            if items:
                self.ready.append((task, ('send', items.pop(0))))
            else:
                getters.append(task)
        else:
            self.ready.append((task, ('throw', TypeError(f'bad request {request!r}'))))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                tick, _, task, resumption = self.sleeping.pop(0)
                self.now = max(self.now, tick)
                self.ready.append((task, resumption))
            while self.sleeping and self.sleeping[0][0] <= self.now:
                _, _, task, resumption = self.sleeping.pop(0)
                self.ready.append((task, resumption))
            task, resumption = self.ready.pop(0)
            self.step(task, resumption)
        blocked = sorted(name for name, task in self.tasks.items() if not task.done)
        self.log(f'no runnable tasks left; blocked forever: {blocked}')


loop = Scheduler()


def ticker(name, count, period):
    """A generator-based task."""
    for i in range(count):
        woke = yield Sleep(period)
        loop.log(f'{name} tick {i} (woke at {woke})')
    return f'{name} ticked {count} times'


async def producer(channel, items):
    for item in items:
        await Sleep(1)
        loop.log(f'producer puts {item!r}')
        await Put(channel, item)
    await Put(channel, None)
    return len(items)


def consumer(channel):
    received = []
    while True:
        item = yield Get(channel)
        if item is None:
            return received
        loop.log(f'consumer got {item!r}')
        received.append(item)


async def worker(name, ticks):
    try:
        loop.log(f'{name} starts working for {ticks} ticks')
        await Sleep(ticks)
        return f'{name} finished'
    except Cancelled as e:
        loop.log(f'{name} cleaning up after: {e}')
        raise
    finally:
        loop.log(f'{name} finally')


async def supervisor():
    child = await Spawn('slow worker', worker('slow worker', 20))
    try:
        await Join(child, timeout=5)
    except JoinTimeout as e:
        loop.log(f'supervisor timed out waiting: {e}; cancelling')
        loop.cancel(child)
    result, error = await Join(child)
    loop.log(f'supervisor sees slow worker error {type(error).__name__}')
    quick = await Spawn('quick worker', worker('quick worker', 2))
    result, error = await Join(quick, timeout=10)
    return result


def faulty():
    yield Sleep(3)
    yield 'not a request'
    return 'unreachable'


def stuck():
    yield Get('nobody writes here')


loop.spawn('ticker A', ticker('A', 3, 4))
loop.spawn('ticker B', ticker('B', 2, 5))
loop.spawn('producer', producer('jobs', ['build', 'test', 'deploy']))
loop.spawn('consumer', consumer('jobs'))
loop.spawn('supervisor', supervisor())
loop.spawn('faulty', faulty())
loop.spawn('stuck', stuck())
loop.run()

for name, task in loop.tasks.items():
    state = 'done' if task.done else 'blocked'
    error = None if task.error is None else type(task.error).__name__
    print(f'{name:13} {state:7} result={task.result!r} error={error}')
stuck_task = loop.tasks['stuck'].coroutine
stuck_task.close()
print('closed the stuck task; its frame is gone:', stuck_task.gi_frame is None)
