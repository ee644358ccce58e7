# What __exit__ receives, and exceptions raised inside __exit__.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print('type:', exc_type.__name__ if exc_type else None)
        print('value:', repr(exc))
        print('tb is None:', tb is None)
        return True
with Inspect():
    pass
with Inspect():
    raise IndexError('oops')
class Failing:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError('from exit')
try:
    with Failing():
        raise ValueError('body')
except RuntimeError as e:
    print('RuntimeError', e, 'context:', repr(e.__context__))
