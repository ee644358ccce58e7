# object(): the root of the hierarchy.
o = object()
print(type(o).__name__, isinstance(o, object), object.__name__, o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(o, '__dict__'), '__eq__' in dir(o), object.__bases__)
class Sub(object):
    pass
print(Sub.__bases__[0] is object, str(Sub()).startswith('<__main__.Sub object at'))
print(object.__str__(42), object.__eq__(1, 1), object.__eq__(1, 2))
