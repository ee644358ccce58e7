# functools.wraps copies metadata onto the wrapper.
from functools import wraps
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@logged
def area(w, h=1):
    """Compute an area."""
    return w * h
print(area(3, h=4))
print(area.__name__, area.__doc__, area.__wrapped__.__name__, area.__qualname__, area.__module__)
print(area.__wrapped__(2, 2))
