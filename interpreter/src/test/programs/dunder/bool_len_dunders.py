# __bool__/__len__ in conditions, and len() errors.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
empty, full = Bag([]), Bag('abc')
print(len(full), bool(empty), bool(full), 'empty' if not empty else 'not empty')
print([b for b in [empty, full] if b] == [full])
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print('TypeError', e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print('OverflowError', e)
class StrLen:
    def __len__(self):
        return '3'
try:
    len(StrLen())
except TypeError as e:
    print('TypeError', e)
