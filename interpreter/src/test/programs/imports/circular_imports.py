# Circular imports work when names are used after both modules finish loading.
from circular_pkg import a
from circular_pkg import b
print(a.use_b(), '/', b.use_a())
print(a.b is b, b.a is a)
try:
    import circular_broken_pkg.x
except ImportError as e:
    print(type(e).__name__, e.name, 'partially initialized module' in str(e))
