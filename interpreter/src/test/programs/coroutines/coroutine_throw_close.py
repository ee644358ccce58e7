# throw() and close() on a suspended coroutine reach the innermost await, like a generator's.
class Pause:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        try:
            return (yield self.label)
        finally:
            print(f'  Pause({self.label}) finally')


async def worker():
    try:
        await Pause('first')
        while True:
            try:
                await Pause('loop')
            except KeyError as e:
                print('  worker handled KeyError', e)
    except GeneratorExit:
        print('  worker got GeneratorExit')
        raise
    finally:
        print('  worker finally')


c = worker()
print('send ->', c.send(None))
print('send ->', c.send(None))
print('throw KeyError ->', c.throw(KeyError('k')))
try:
    c.throw(ValueError('unhandled'))
except ValueError as e:
    print('ValueError came out:', e, '| finished:', c.cr_frame is None)

c = worker()
c.send(None)
print('close ->', c.close(), '| finished:', c.cr_frame is None)
print('close again ->', c.close())


async def returns_on_throw():
    try:
        await Pause('waiting')
    except ArithmeticError:
        return 'returned from the handler'


c = returns_on_throw()
c.send(None)
try:
    c.throw(ZeroDivisionError)
except StopIteration as stop:
    print('throw finished the coroutine with value:', stop.value)


async def ignores_exit():
    while True:
        try:
            await Pause('stubborn')
        except GeneratorExit:
            print('  ignoring GeneratorExit')


c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    c.throw(TypeError('ended'))
except TypeError as e:
    print('ended with', e)

c = worker()
try:
    c.throw(OSError('before start'))
except OSError as e:
    print('throw into an unstarted coroutine:', e, '| then send:', end=' ')
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
