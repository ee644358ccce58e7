# Parameter and return annotations, and annotated assignments.
def scale(x: float, factor: int = 2) -> float:
    return x * factor
print(scale(1.5), scale.__annotations__)
count: int = 5
name: str
print(count, __annotations__)
class Point:
    x: int = 0
    y: int
    label: 'str' = 'p'
print(Point.x, Point.label, Point.__annotations__, hasattr(Point, 'y'))
def local():
    z: list = []
    w: int
    z.append(1)
    return z
print(local())
try:
    print(name)
except NameError as e:
    print('NameError', e)
