# Decorating classes, and decorators implemented as classes.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(sorted(registry))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls)
def add_method(cls):
    cls.describe = lambda self: f'<{type(self).__name__}>'
    return cls
@add_method
class Gamma:
    pass
print(Gamma().describe())
