# Reflected comparisons: a > b falls back to b < a; == falls back to identity.
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __lt__(self, other):
        print('  __lt__', self.kg, other.kg)
        return self.kg < other.kg
light, heavy = Weight(1), Weight(5)
print(light < heavy)
print(heavy > light)
print(max([Weight(3), Weight(7), Weight(2)], key=lambda w: w.kg).kg)
print(sorted([Weight(3), Weight(1), Weight(2)])[0].kg)
try:
    light <= heavy
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != p)
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [AlwaysEqual()] == [1])
