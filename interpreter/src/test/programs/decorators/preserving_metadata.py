# A hand-written decorator that copies metadata, and one that does not.
def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
def careful(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@plain
def one():
    """Doc of one."""
@careful
def two():
    """Doc of two."""
print(one.__name__, one.__doc__)
print(two.__name__, two.__doc__, two.__wrapped__.__name__)
