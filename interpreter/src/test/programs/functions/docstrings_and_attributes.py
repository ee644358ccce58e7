# Function metadata.
def documented(a, b=2):
    """Adds things.

    More text."""
    return a + b
print(documented.__doc__)
print(documented.__name__, documented.__qualname__, documented.__defaults__)
print(documented.__module__)
class K:
    def method(self):
        "method doc"
    def outer(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K.method.__doc__, K().outer().__qualname__)
def no_doc():
    pass
print(no_doc.__doc__)
def kw(a, *, b=1):
    pass
print(kw.__kwdefaults__, kw.__defaults__)
