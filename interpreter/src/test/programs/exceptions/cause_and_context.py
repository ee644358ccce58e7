# __cause__ and __context__ are set by raise-from and implicit chaining.
try:
    try:
        int('x')
    except ValueError:
        raise KeyError('during handling')
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError as inner:
        raise RuntimeError('wrapped') from inner
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
try:
    raise TypeError('a') from ValueError('b')
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(repr(e.__cause__), e.__suppress_context__)
