"""Module docstring of the script."""
# Module objects: __dict__, dir(), attributes set from outside.
import sys
import geometry_pkg.shapes as shapes
print(__doc__)
print(type(shapes).__name__, shapes.__name__, 'Circle' in dir(shapes), 'PI' in vars(shapes))
shapes.ADDED = 'set from outside'
import geometry_pkg.shapes
print(geometry_pkg.shapes.ADDED)
this = sys.modules[__name__]
this.dynamic_global = 5
print(dynamic_global, getattr(this, '__doc__') == __doc__)
try:
    shapes.missing
except AttributeError as e:
    print('AttributeError', e)
