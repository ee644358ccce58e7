# raise with classes, instances, re-raise and raise from.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.__cause__ is not None, e.__suppress_context__)
def cls():
    raise RuntimeError
def inst():
    raise RuntimeError('with message')
def reraise():
    try:
        raise KeyError('first')
    except KeyError:
        raise
def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
def from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('hidden') from None
for f in [cls, inst, reraise, chained, from_none]:
    attempt(f)
try:
    raise 42
except TypeError as e:
    print('TypeError', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
