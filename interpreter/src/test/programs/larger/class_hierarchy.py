# A class hierarchy of employees and shapes: abstract methods by convention, super(),
# properties, class and static methods, __repr__/__eq__/__lt__, and polymorphic dispatch.


class Entity:
    """Base of everything with an identifier."""
    _next_id = 1

    def __init__(self):
        self.id = Entity._next_id
        Entity._next_id += 1

    def describe(self):
        raise NotImplementedError(f'{type(self).__name__}.describe')

    def __repr__(self):
        return f'{type(self).__name__}#{self.id}'


class Person(Entity):
    def __init__(self, name, birth_year):
        super().__init__()
        self.name = name
        self.birth_year = birth_year

    @property
    def age(self):
        return 2024 - self.birth_year

    def describe(self):
        return f'{self.name} ({self.age})'


class Employee(Person):
    raise_rate = 0.05

    def __init__(self, name, birth_year, salary):
        super().__init__(name, birth_year)
        self._salary = salary
        self.reports = []

    @property
    def salary(self):
        return self._salary

    @salary.setter
    def salary(self, value):
        if value < 0:
            raise ValueError('salary cannot be negative')
        self._salary = value

    def give_raise(self):
        self.salary = round(self.salary * (1 + self.raise_rate), 2)
        return self.salary

    def title(self):
        return 'Employee'

    def describe(self):
        return f'{self.title()} {super().describe()} earns {self.salary:,.2f}'

    def __eq__(self, other):
        return isinstance(other, Employee) and self.id == other.id

    def __lt__(self, other):
        return (self.salary, self.name) < (other.salary, other.name)

    def __hash__(self):
        return hash(self.id)


class Engineer(Employee):
    raise_rate = 0.08

    def __init__(self, name, birth_year, salary, languages):
        super().__init__(name, birth_year, salary)
        self.languages = list(languages)

    def title(self):
        return 'Engineer'

    def describe(self):
        return super().describe() + ' [' + ', '.join(self.languages) + ']'


class Manager(Employee):
    raise_rate = 0.1

    def title(self):
        return 'Manager'

    def add_report(self, employee):
        self.reports.append(employee)
        return self

    def team_cost(self):
        total = self.salary
        for r in self.reports:
            total += r.team_cost() if isinstance(r, Manager) else r.salary
        return total

    def describe(self):
        return super().describe() + f' manages {len(self.reports)}'


class Intern(Employee):
    raise_rate = 0.0

    @classmethod
    def from_student(cls, name, birth_year):
        return cls(name, birth_year, 1000)

    def title(self):
        return 'Intern'


def org_chart(manager, indent=0):
    lines = ['  ' * indent + manager.describe()]
    for r in sorted(manager.reports, key=lambda e: e.name):
        if isinstance(r, Manager):
            lines.extend(org_chart(r, indent + 1))
        else:
            lines.append('  ' * (indent + 1) + r.describe())
    return lines


ceo = Manager('Grace', 1960, 250000)
cto = Manager('Alan', 1970, 180000)
ann = Engineer('Ann', 1990, 120000, ['Python', 'Java'])
bob = Engineer('Bob', 1985, 125000.5, ['C'])
cy = Intern.from_student('Cy', 2003)
dee = Employee('Dee', 1995, 60000)
ceo.add_report(cto).add_report(dee)
cto.add_report(ann).add_report(bob).add_report(cy)

print('\n'.join(org_chart(ceo)))
print('team cost', f'{ceo.team_cost():,.2f}')

everyone = [ceo, cto, ann, bob, cy, dee]
print([repr(e) for e in sorted(everyone)])
print([e.name for e in sorted(everyone, reverse=True)][:3])
for e in everyone:
    before = e.salary
    after = e.give_raise()
    print(f'{e.name:<6}{type(e).__name__:<9}{before:>12,.2f} -> {after:>12,.2f}')

try:
    dee.salary = -1
except ValueError as err:
    print('ValueError', err)

try:
    Entity().describe()
except NotImplementedError as err:
    print('NotImplementedError', err)

print(ann == ann, ann == bob, len({ann, ann, bob}), isinstance(cy, Person), issubclass(Manager, Entity))
print([cls.__name__ for cls in Engineer.__mro__])
print(Person('Zed', 2000).describe(), repr(Person('Yan', 1999)).startswith('Person#'))


class Shape:
    count = 0

    def __init__(self):
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def __repr__(self):
        return f'{type(self).__name__}(area={self.area():.3f}, perimeter={self.perimeter():.3f})'


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__()
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f'invalid triangle {a}, {b}, {c}')
        super().__init__()
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5


shapes = [Rectangle(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
try:
    Triangle(1, 2, 10)
except ValueError as err:
    print('ValueError', err)
print('shapes made', Shape.count, 'total area', round(sum([s.area() for s in shapes]), 6))
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.perimeter(), 2))
print(by_type)
