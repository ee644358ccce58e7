# PEP 479: a StopIteration escaping a generator's body becomes RuntimeError, with the
# StopIteration as its __cause__.
def raises_directly():
    yield 1
    raise StopIteration('explicit')


def leaks_from_next():
    it = iter([])
    yield 'before'
    yield next(it)


def subclass_leak():
    class MyStop(StopIteration):
        pass
    yield 'x'
    raise MyStop('subclass')


for function in (raises_directly, leaks_from_next, subclass_leak):
    g = function()
    print(function.__name__, 'first value:', next(g))
    try:
        next(g)
    except RuntimeError as e:
        cause = e.__cause__
        print('  RuntimeError:', e)
        print('  cause:', type(cause).__name__, cause.args, '| context is cause:', e.__context__ is cause)
        print('  suppress_context:', e.__suppress_context__)
    print('  finished:', next(g, 'finished'))

print('list() of such a generator also raises RuntimeError:')
try:
    list(raises_directly())
except RuntimeError as e:
    print(' ', e)
