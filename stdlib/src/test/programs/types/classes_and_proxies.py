# new_class/prepare_class/resolve_bases, MappingProxyType, SimpleNamespace details, coroutine and DynamicClassAttribute.
import types
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        namespace = {'prepared_with': sorted(kwargs)}
        return namespace
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        cls.options = kwargs
        return cls
meta, namespace, remaining = types.prepare_class('Made', (), {'metaclass': Meta, 'flag': True})
print(meta.__name__, namespace, remaining)
def body(ns):
    ns['greeting'] = 'hello'
Made = types.new_class('Made', (), {'metaclass': Meta, 'flag': True}, body)
print(Made.__name__, type(Made).__name__, Made.greeting, Made.prepared_with, Made.options)
Plain = types.new_class('Plain')
print(Plain.__bases__, type(Plain).__name__, Plain.__module__)
class ListLike:
    def __mro_entries__(self, bases):
        return (list,)
print(types.resolve_bases((ListLike(), object)), types.resolve_bases((int,)))
Derived = types.new_class('Derived', (ListLike(),))
print(Derived.__bases__, type(Derived.__orig_bases__[0]).__name__, issubclass(Derived, list))
class BadEntries:
    def __mro_entries__(self, bases):
        return [int]
try:
    types.resolve_bases((BadEntries(),))
except TypeError as e:
    print('TypeError', e)
backing = {'a': 1, 'b': 2}
proxy = types.MappingProxyType(backing)
backing['c'] = 3
print(proxy['c'], len(proxy), list(proxy), list(proxy.keys()), list(proxy.values()), list(proxy.items()))
print(proxy.get('a'), proxy.get('zz', 'default'), 'b' in proxy, proxy == backing, proxy != {}, proxy.copy(), type(proxy.copy()).__name__)
print(proxy | {'d': 4}, {'z': 0} | proxy, list(reversed(proxy)), str(proxy), repr(proxy))
print(types.MappingProxyType(types.MappingProxyType({'x': 1}))['x'], types.MappingProxyType('abc')[1])
for bad in [lambda: types.MappingProxyType([1]), lambda: types.MappingProxyType(5), lambda: proxy.__setitem__('a', 0)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    proxy['a'] = 5
except TypeError as e:
    print('TypeError', e)
ns = types.SimpleNamespace(b=2, a=1)
ns.__dict__[3] = 'not shown'
class Record(types.SimpleNamespace):
    pass
print(ns, Record(z=0), Record() == types.SimpleNamespace(), types.SimpleNamespace(x=[1]) != types.SimpleNamespace(x=[1]))
loop = types.SimpleNamespace()
loop.me = loop
print(loop, ns.__reduce__()[0].__name__, ns.__reduce__()[1])
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError', type(e).__name__)
@types.coroutine
def plain(x):
    """Doubles."""
    return x * 2
print(plain(21), plain.__name__, plain.__doc__, plain.__wrapped__(1))
try:
    types.coroutine(5)
except TypeError as e:
    print('TypeError', e)
class Color:
    def __init__(self):
        self._name = 'red'
    @types.DynamicClassAttribute
    def name(self):
        return self._name
    @name.setter
    def name(self, value):
        self._name = value
c = Color()
c.name = 'blue'
print(c.name, type(Color.__dict__['name']).__name__)
try:
    Color.name
except AttributeError as e:
    print('AttributeError', repr(e))
print(types.GetSetDescriptorType, types.CellType, types.EllipsisType, types.NotImplementedType, types.BuiltinMethodType)
