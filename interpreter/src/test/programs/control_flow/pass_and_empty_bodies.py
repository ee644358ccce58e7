# pass in every kind of block.
def nothing():
    pass
class Empty:
    pass
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(nothing(), type(Empty()).__name__, Empty.__name__)
def docstring_only():
    """Only a docstring."""
print(docstring_only(), docstring_only.__doc__)
