# super() with and without arguments, in classmethods and __init__ chains.
class Base:
    def __init__(self):
        self.log = ['Base']
    @classmethod
    def make(cls):
        return f'made {cls.__name__}'
    def hello(self):
        return 'Base.hello'
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Mid')
    @classmethod
    def make(cls):
        return 'Mid/' + super().make()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append('Leaf')
    def hello(self):
        return 'Leaf>' + super(Mid, self).hello()
leaf = Leaf()
print(leaf.log, Leaf.make(), leaf.hello())
print(super(Leaf, leaf).make())
