# True, False, None, Ellipsis.
print(True, False, None, ...)
print(type(True).__name__, type(None).__name__, type(...).__name__)
print(True + True, True * 10, False - 1)
print(None is None, ... is Ellipsis, repr(None))
print(int(True), float(False), str(None))
