# __name__, __bases__, __mro__, __dict__, __class__, __doc__.
class A:
    """A's docstring."""
    value = 1
class B(A):
    pass
b = B()
print(B.__name__, [c.__name__ for c in B.__bases__], [c.__name__ for c in B.__mro__])
print(b.__class__.__name__, b.__class__ is B, A.__doc__, B.__doc__)
print('value' in A.__dict__, 'value' in B.__dict__, B.value)
print(object.__bases__, object.__mro__ == (object,), type(A.__dict__).__name__)
print(A.__class__ is type, issubclass(B, A), issubclass(A, object))
