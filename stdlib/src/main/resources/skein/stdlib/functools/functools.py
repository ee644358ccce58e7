# The parts of functools that build classes and closures, in Python; run in the module's
# namespace after the Java parts (partial, update_wrapper, _lru_cache_wrapper...) exist.
# Generator expressions are avoided on purpose: the interpreter does not run them yet.

from collections import namedtuple

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


def _cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator caching a function's results by its arguments, keeping the maxsize most
    recently used (all of them when maxsize is None); typed keeps 1 and 1.0 apart. Usable bare,
    as @lru_cache, too."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """An unbounded lru_cache."""
    return _cached(user_function, None, False)


# total_ordering: each missing comparison is derived from the one the class defines and ==.

def _gt_from_lt(self, other):
    below = type(self).__lt__(self, other)
    return below if below is NotImplemented else not below and self != other


def _le_from_lt(self, other):
    below = type(self).__lt__(self, other)
    return below if below is NotImplemented else below or self == other


def _ge_from_lt(self, other):
    below = type(self).__lt__(self, other)
    return below if below is NotImplemented else not below


def _ge_from_le(self, other):
    at_most = type(self).__le__(self, other)
    return at_most if at_most is NotImplemented else not at_most or self == other


def _lt_from_le(self, other):
    at_most = type(self).__le__(self, other)
    return at_most if at_most is NotImplemented else at_most and self != other


def _gt_from_le(self, other):
    at_most = type(self).__le__(self, other)
    return at_most if at_most is NotImplemented else not at_most


def _lt_from_gt(self, other):
    above = type(self).__gt__(self, other)
    return above if above is NotImplemented else not above and self != other


def _ge_from_gt(self, other):
    above = type(self).__gt__(self, other)
    return above if above is NotImplemented else above or self == other


def _le_from_gt(self, other):
    above = type(self).__gt__(self, other)
    return above if above is NotImplemented else not above


def _le_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    return at_least if at_least is NotImplemented else not at_least or self == other


def _gt_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    return at_least if at_least is NotImplemented else at_least and self != other


def _lt_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    return at_least if at_least is NotImplemented else not at_least


_DERIVED = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator filling in the rich comparisons a class lacks from the one it has."""
    defined = []
    for name in _DERIVED:
        if getattr(cls, name, None) is not getattr(object, name, None):
            defined.append(name)
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)
    for name, function in _DERIVED[root]:
        if name not in defined:
            function.__name__ = name
            setattr(cls, name, function)
    return cls


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {self.attrname!r} property.') from None
        value = storage.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                storage[self.attrname] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                f'does not support item assignment for caching {self.attrname!r} property.') from None
        return value


def singledispatch(func):
    """Turns func into a function that dispatches on the class of its first argument to the
    implementation registered for the nearest class in its MRO (func itself for object).
    Registration by abstract base class is not supported."""
    registry = {object: func}
    dispatch_cache = {}
    function_name = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        implementation = func
        for base in cls.__mro__:
            if base in registry:
                implementation = registry[base]
                break
        dispatch_cache[cls] = implementation
        return implementation

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
            annotations = {}
            for name, annotation in getattr(cls, '__annotations__', {}).items():
                if name != 'return':
                    annotations[name] = annotation
            if not annotations:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. Use either '
                                '`@register(some_class)` or plain `@register` on an annotated function.')
            func = cls
            argument, cls = list(annotations.items())[0]
            if not isinstance(cls, type):
                raise TypeError(f'Invalid annotation for {argument!r}. {cls!r} is not a class.')
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError(f'{function_name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kwargs)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def method(*args, **kwargs):
            implementation = self.dispatcher.dispatch(args[0].__class__)
            return implementation.__get__(obj, cls)(*args, **kwargs)
        method.register = self.register
        update_wrapper(method, self.func)
        return method
