# close() throws GeneratorExit at the suspended yield: a generator may re-raise it, return,
# or let it pass; yielding again is a RuntimeError.
def reraises():
    try:
        yield 1
    except GeneratorExit as e:
        print('reraises: caught', type(e).__name__, repr(e.args))
        raise


def returns():
    try:
        yield 1
    except GeneratorExit:
        print('returns: caught GeneratorExit and returns a value')
        return 'ignored return value'


def lets_it_pass():
    yield 1
    print('never printed')


def yields_again():
    try:
        yield 1
    except GeneratorExit:
        print('yields_again: caught GeneratorExit, yielding anyway')
        yield 'too late'


def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('raised while closing')


def catches_base_exception():
    try:
        yield 1
    except BaseException as e:
        print('catches_base_exception saw', type(e).__name__, isinstance(e, Exception))
        raise


for function in (reraises, returns, lets_it_pass, yields_again, raises_other, catches_base_exception):
    g = function()
    next(g)
    try:
        result = g.close()
        print(function.__name__, 'close() returned', result)
    except Exception as e:
        print(function.__name__, 'close() raised', type(e).__name__ + ':', e)
    print('  finished:', g.gi_frame is None, '| next:', next(g, 'exhausted'))

print('GeneratorExit is a BaseException, not an Exception:',
      issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
