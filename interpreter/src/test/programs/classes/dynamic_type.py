# Creating classes with type(name, bases, namespace).
def hello(self):
    return f'hello from {type(self).__name__}'
Base = type('Base', (), {'greet': hello, 'x': 1})
Child = type('Child', (Base,), {'x': 2, 'extra': lambda self: self.x * 10})
c = Child()
print(c.greet(), c.x, c.extra(), Child.__bases__[0].__name__, Child.__mro__[1] is Base)
print(type(c) is Child, isinstance(c, Base), type(Base), type(type))
print(type(1), type('s'), type([]), type(None), type(print), type(len).__name__)
Empty = type('Empty', (), {})
print(Empty.__name__, Empty.__bases__ == (object,))
