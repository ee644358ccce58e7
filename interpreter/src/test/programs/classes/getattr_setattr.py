# getattr/setattr/hasattr/delattr on instances and classes.
class Obj:
    a = 1
o = Obj()
setattr(o, 'b', 2)
print(getattr(o, 'a'), getattr(o, 'b'), getattr(o, 'c', 'default'), hasattr(o, 'c'))
delattr(o, 'b')
print(hasattr(o, 'b'))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(o, 'a')
except AttributeError as e:
    print('AttributeError', e)
setattr(Obj, 'dynamic', lambda self: 'dynamic method')
print(o.dynamic(), getattr(o, 'dynamic')())
for name in ['x1', 'x2']:
    setattr(o, name, name.upper())
print(sorted(vars(o).items()))
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError', e)
