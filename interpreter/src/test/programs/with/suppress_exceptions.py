# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.caught = exc
        return exc_type is not None and issubclass(exc_type, self.types)
with Suppress(KeyError) as s:
    {}['missing']
    print('not reached')
print('suppressed', repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e)
with Suppress(Exception) as s:
    pass
print('no exception:', s.caught)
