# bool() and bool arithmetic.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool('False'), bool(''), bool([]), bool([0]), bool(None))
print(True + True, True * 3, True / 2, True == 1, False == 0, hash(True) == hash(1))
print(str(True), repr(False), int(True), True & False, True | False, True ^ True, ~True, -True)
print(isinstance(True, int), type(True + 1).__name__, type(True & True).__name__, sum([True, True, False]))
print({True: 'a', 1: 'b'}, [False] * 2, True > False, max(True, 0.5))
