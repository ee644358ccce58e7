# vars() and dir() on objects, classes and modules.
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
p = P()
print(vars(p), sorted(vars(p)))
print('cls_attr' in vars(P), 'method' in vars(P))
d = dir(p)
print(d == sorted(d), 'a' in d, 'cls_attr' in d, 'method' in d, '__init__' in d, '__class__' in d)
print('append' in dir([]), 'upper' in dir(''), 'keys' in dir({}), '__add__' in dir(1))
import math
print('sqrt' in dir(math), 'pi' in vars(math))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
def f():
    local_one = 1
    return dir()
print(f())
