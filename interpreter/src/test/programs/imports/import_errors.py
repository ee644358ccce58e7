# ImportError and ModuleNotFoundError messages.
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, repr(e.name))
try:
    import geometry_pkg.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from sys import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    from stars_pkg import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, isinstance(e, ModuleNotFoundError))
try:
    import nope.deeper
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
