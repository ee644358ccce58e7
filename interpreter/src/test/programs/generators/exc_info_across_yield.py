# sys.exc_info() inside a generator's except block survives a yield, and does not leak out
# to the caller; the caller's handled exception is visible to a generator that has none.
import sys


def name_of_current():
    exc = sys.exc_info()[1]
    return None if exc is None else f'{type(exc).__name__}({exc})'


def handler():
    try:
        raise ValueError('inside generator')
    except ValueError:
        print('gen before yield:', name_of_current())
        yield 'suspended in except'
        print('gen after yield:', name_of_current())
        yield 'still in except'
    print('gen after the try:', name_of_current())
    yield 'done'


g = handler()
print(next(g))
print('caller while gen is suspended:', name_of_current())
try:
    raise KeyError('caller')
except KeyError:
    print(next(g))
    print('caller after resuming gen:', name_of_current())
print(next(g))
print('caller at the end:', name_of_current())


def observer():
    while True:
        yield name_of_current()


watch = observer()
print('no exception anywhere:', next(watch))
try:
    raise IndexError('outer handler')
except IndexError:
    print('generator sees the caller exception:', next(watch))
print('after the handler:', next(watch))


def reraiser():
    try:
        raise TypeError('original')
    except TypeError:
        yield 'paused'
        raise


g = reraiser()
next(g)
try:
    raise OSError('unrelated')
except OSError:
    try:
        next(g)
    except TypeError as e:
        print('bare raise after the yield re-raised:', e, '| context:', repr(e.__context__))


def context_chain():
    try:
        yield 'waiting'
    except ZeroDivisionError:
        raise LookupError('while handling the thrown error')


g = context_chain()
next(g)
try:
    g.throw(ZeroDivisionError('thrown'))
except LookupError as e:
    print(e, '| context:', repr(e.__context__))
