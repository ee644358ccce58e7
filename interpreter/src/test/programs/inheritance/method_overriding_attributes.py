# Attribute lookup walks instance, class, then bases.
class Base:
    kind = 'base'
    def describe(self):
        return f'{self.kind}:{self.extra()}'
    def extra(self):
        return 'base-extra'
class Child(Base):
    kind = 'child'
class GrandChild(Child):
    def extra(self):
        return 'grand-extra'
g = GrandChild()
print(g.describe(), Child().describe(), Base().describe())
g.kind = 'instance'
print(g.describe())
Base.extra = lambda self: 'patched'
print(Child().describe(), g.describe())
