# Instance, class and static methods.
class Temperature:
    unit = 'C'
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_freezing(degrees):
        return degrees <= 0
    def show(self):
        return f'{self.degrees}{self.unit}'
t = Temperature.from_fahrenheit(212)
print(t.show(), Temperature.is_freezing(-1), t.is_freezing(5))
class Kelvin(Temperature):
    unit = 'K'
k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.show())
print(type(Temperature.__dict__['from_fahrenheit']).__name__, type(Temperature.__dict__['is_freezing']).__name__)
m = t.show
print(m(), m.__self__ is t, m.__func__ is Temperature.show)
