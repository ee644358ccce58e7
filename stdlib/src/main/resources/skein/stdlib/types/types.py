# The parts of types written in Python, run in the module's namespace.

def coroutine(func):
    """Makes func a generator-based coroutine: what it returns can be awaited. A generator
    function is marked in place (its generators get CO_ITERABLE_COROUTINE); any other callable
    is wrapped so that a plain generator it returns is wrapped in an awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = func.__code__.co_flags
        if flags & 0x180:
            # Already an async def function, or already marked.
            return func
        if flags & 0x20:
            _mark_iterable_coroutine(func)
            return func
    from functools import wraps

    @wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType:
            if result.gi_code.co_flags & 0x100:
                return result
            return _GeneratorWrapper(result)
        return result
    return wrapped


class _GeneratorWrapper:
    """A plain generator seen as a coroutine: awaiting it iterates the generator."""

    def __init__(self, generator):
        self.__wrapped = generator
        self.__name__ = getattr(generator, '__name__', None)
        self.__qualname__ = getattr(generator, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, val=None, tb=None):
        return self.__wrapped.throw(typ, val, tb)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__


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
