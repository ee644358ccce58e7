# A generator that keeps yielding after GeneratorExit makes close() raise RuntimeError,
# stays suspended, and can be closed (or finished) again later.

def yields_again_in_loop():
    while True:
        try:
            yield 'value'
        except GeneratorExit:
            print('ignoring GeneratorExit')


g = yields_again_in_loop()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print('still suspended, so it can be resumed:', next(g))
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError again:', e)
try:
    g.throw(KeyError('any other exception'))
except KeyError as e:
    print('another exception ends it:', e, g.gi_frame)


def plain():
    yield 1


g = plain()
print('close twice and on an unstarted generator is fine:', g.close(), g.close())


def finally_only():
    try:
        yield 'x'
    finally:
        print('finally runs on close')


g = finally_only()
next(g)
g.close()
g.close()
