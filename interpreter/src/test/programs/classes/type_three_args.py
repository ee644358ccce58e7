# Building classes with type(name, bases, namespace), including __init__, properties,
# class attributes, inheritance from user classes and super() with arguments.
def init(self, name, legs):
    self.name = name
    self.legs = legs
def describe(self):
    return f'{self.name} walks on {self.legs} legs'
Animal = type('Animal', (), {'__init__': init, 'describe': describe, 'kingdom': 'animalia',
                             'leg_pairs': property(lambda self: self.legs // 2)})
def bird_init(self, name):
    super(Bird, self).__init__(name, 2)
Bird = type('Bird', (Animal,), {'__init__': bird_init, 'fly': lambda self: self.name + ' flies'})
class Penguin(Bird):
    def fly(self):
        return self.name + ' cannot fly'
for creature in [Animal('dog', 4), Bird('crow'), Penguin('pingu')]:
    print(creature.describe(), creature.leg_pairs, getattr(creature, 'fly', lambda: 'no fly method')())
print([c.__name__ for c in Penguin.__mro__], Bird.kingdom, type(Bird) is type)
print(Animal.__name__, Animal.__qualname__, Animal.__module__, 'describe' in Animal.__dict__)
Point = type('Point', (tuple,), {'x': property(lambda self: self[0]), 'y': property(lambda self: self[1])})
p = Point((3, 4))
print(p, p.x, p.y, isinstance(p, tuple), len(p))
try:
    type('Bad', (1,), {})
except TypeError as e:
    print('TypeError', e)
