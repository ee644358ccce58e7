# The parts of types written in Python, run in the module's namespace.

def coroutine(func):
    """Marks func as a generator-based coroutine. Plain functions (all that exist until the
    interpreter runs generators) are wrapped so that calling the wrapper calls func."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    from functools import wraps

    @wraps(func)
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapped


class DynamicClassAttribute:
    """A property that is an attribute of instances only: looked up on the class, it raises
    AttributeError, so that the class's __getattr__ can answer instead (enum uses this)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = getattr(fget, '__doc__', None) if self.overwrite_doc else self.__doc__
        made = type(self)(fget, self.fset, self.fdel, doc)
        made.overwrite_doc = self.overwrite_doc
        return made

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)
