# __traceback__ exists on raised exceptions; with_traceback returns the exception.
try:
    raise ValueError('x')
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__, tb.tb_lineno)
fresh = KeyError('k')
print(fresh.__traceback__)
same = fresh.with_traceback(None)
print(same is fresh)
try:
    try:
        raise TypeError('t')
    except TypeError as e:
        raise RuntimeError('r').with_traceback(e.__traceback__)
except RuntimeError as e:
    print(repr(e), e.__traceback__ is not None)
