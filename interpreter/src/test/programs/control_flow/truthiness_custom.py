# __bool__ and __len__ decide truthiness.
class AlwaysFalse:
    def __bool__(self):
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Plain:
    pass
for obj in [AlwaysFalse(), Sized(0), Sized(3), Plain()]:
    print(type(obj).__name__, bool(obj), 'yes' if obj else 'no', not obj)
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print('TypeError', e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print('ValueError', e)
