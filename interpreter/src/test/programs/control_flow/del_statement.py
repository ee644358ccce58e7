# del removes names, items, slices and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
a, b = 1, 2
del a, b
xs = [1, 2, 3, 4, 5]
del xs[0], xs[-1]
print(xs)
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, 'attr'))
try:
    del c.attr
except AttributeError as e:
    print('AttributeError', e)
d = {'k': 1, 'j': 2}
del d['k']
print(d)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError ' + str(e)
print(local_del())
