# __getattr__ (fallback), __getattribute__, __setattr__, __delattr__.
class Dynamic:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:].upper()
        raise AttributeError(f'no attribute {name!r}')
d = Dynamic()
print(d.real, d.get_thing(), getattr(d, 'missing', 'fallback'), hasattr(d, 'nope'))
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)
l = Logged()
l.x = 5
print(l.x)
del l.x
print(hasattr(l, 'x'))
class Counting:
    def __init__(self):
        object.__setattr__(self, 'reads', 0)
    def __getattribute__(self, name):
        if name != 'reads':
            object.__setattr__(self, 'reads', object.__getattribute__(self, 'reads') + 1)
        return object.__getattribute__(self, name)
c = Counting()
c.a = 1
c.a; c.a
print(c.reads)
