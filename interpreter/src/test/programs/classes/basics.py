# Classes: construction, attributes, methods.
class Dog:
    species = 'Canis familiaris'
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def describe(self):
        return f'{self.name} is {self.age}'
    def birthday(self):
        self.age += 1
        return self
d = Dog('Rex', 3)
print(d.describe(), d.birthday().describe(), d.species, Dog.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), Dog.__name__, Dog.__qualname__)
d.trick = 'sit'
print(d.trick, sorted(vars(d)), d.__dict__['name'])
print(Dog.describe(d), Dog.__module__)
e = Dog('Fido', 1)
print(e.name, d.name, hasattr(e, 'trick'))
