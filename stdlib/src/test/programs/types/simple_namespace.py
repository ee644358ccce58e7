# types.SimpleNamespace.
from types import SimpleNamespace
ns = SimpleNamespace(name='cfg', debug=True)
ns.level = 3
print(ns, ns.name, ns.level, vars(ns))
print(ns == SimpleNamespace(name='cfg', debug=True, level=3), ns == SimpleNamespace())
del ns.debug
print(ns, hasattr(ns, 'debug'))
print(repr(SimpleNamespace()), SimpleNamespace(**{'a': [1, 2]}))
