# Relative imports (from . and from ..) inside a package.
from geometry_pkg.sub import describe
import geometry_pkg.sub.deep as deep
import sys
print(describe())
print(deep.C is deep.shapes.Circle, deep.__package__)
print(sorted([name for name in sys.modules if name.startswith('geometry_pkg')]))
