# collections.OrderedDict.
from collections import OrderedDict
od = OrderedDict()
od['b'] = 2; od['a'] = 1; od['c'] = 3
print(od, list(od))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([('k1', 1), ('k2', 2)])
y = OrderedDict([('k2', 2), ('k1', 1)])
print(x == y, dict(x) == dict(y), x == dict(y))
print(OrderedDict.fromkeys('xyz', 0))
