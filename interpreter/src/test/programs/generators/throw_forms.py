# generator.throw() with an exception type, a type and a value, an instance, and a
# traceback; the exception appears at the suspended yield.
def catcher():
    while True:
        try:
            yield 'ready'
        except Exception as e:
            print('caught', type(e).__name__, e.args)
            yield 'handled'


g = catcher()
next(g)
print(g.throw(ValueError))
next(g)
print(g.throw(ValueError, 'a value'))
next(g)
print(g.throw(ValueError, ('two', 'args')))
next(g)
print(g.throw(ValueError, ValueError('an instance as the value')))
next(g)
print(g.throw(LookupError, KeyError('a subclass instance as the value')))
next(g)
print(g.throw(ValueError, TypeError('not an instance of the type, so it becomes an argument')))
next(g)
print(g.throw(IndexError('an instance')))


def line_numbers(tb):
    numbers = []
    while tb is not None:
        numbers.append(tb.tb_lineno)
        tb = tb.tb_next
    return numbers


try:
    raise KeyError('source of a traceback')
except KeyError as e:
    saved_traceback = e.__traceback__
print('saved traceback lines:', line_numbers(saved_traceback))


def reports_traceback():
    try:
        yield
    except RuntimeError as e:
        yield line_numbers(e.__traceback__)


g = reports_traceback()
next(g)
print('lines with a traceback argument:', g.throw(RuntimeError, RuntimeError('with tb'), saved_traceback))
g = reports_traceback()
next(g)
print('lines without one:', g.throw(RuntimeError('no tb')))
