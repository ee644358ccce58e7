# isinstance/issubclass with tuples, builtin types and bool/int.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, ()), isinstance(A, type))
print(issubclass(B, (int, A)), issubclass(bool, int), isinstance(True, int), issubclass(int, object))
print(isinstance(1, float), isinstance(1.0, (int, float)), isinstance('s', (list, str)))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)), isinstance(type, object))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    isinstance(b, 'A')
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(b, A)
except TypeError as e:
    print('TypeError', e)
