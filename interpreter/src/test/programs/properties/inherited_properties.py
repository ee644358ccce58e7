# Properties are inherited and can be overridden.
class Base:
    @property
    def name(self):
        return 'base'
    @property
    def shout(self):
        return self.name.upper()
class Child(Base):
    @property
    def name(self):
        return 'child'
print(Base().shout, Child().shout)
class Cached:
    def __init__(self):
        self.computations = 0
    @property
    def value(self):
        if not hasattr(self, '_value'):
            self.computations += 1
            self._value = 99
        return self._value
c = Cached()
print(c.value, c.value, c.computations)
