# Importing a package and its submodules in several ways.
import geometry_pkg
import geometry_pkg.shapes
from geometry_pkg import shapes as s
from geometry_pkg.shapes import Circle, PI as pi_value
import geometry_pkg.shapes as gs
print(geometry_pkg.VERSION, geometry_pkg.__name__, geometry_pkg.__doc__)
print(geometry_pkg.shapes is s is gs, Circle is s.Circle, pi_value)
print(Circle(3).area(), s.unit().area(), gs.__name__, gs.__doc__)
print(geometry_pkg.shapes.__package__, geometry_pkg.__package__)
print(hasattr(geometry_pkg, '__path__'), hasattr(geometry_pkg.shapes, '__path__'))
print(geometry_pkg.__file__.endswith('__init__.py'), gs.__file__.endswith('shapes.py'))
