# Reprs of the getter types, dunder aliases, user-defined operators, length_hint and error messages.
import operator as op
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __iadd__(self, other):
        self.cents += other.cents
        return self
    def __lt__(self, other):
        return self.cents < other.cents
    def __neg__(self):
        return Money(-self.cents)
    def __getitem__(self, key):
        return f'item {key}'
    def __repr__(self):
        return f'Money({self.cents})'
wallet = Money(5)
same = op.iadd(wallet, Money(7))
print(op.add(Money(1), Money(2)), op.lt(Money(1), Money(2)), op.neg(Money(3)), same is wallet, wallet)
print(op.__add__ is op.add, op.__and__ is op.and_, op.__not__ is op.not_, op.__inv__ is op.inv, op.add.__name__)
print(op.itemgetter(1), op.itemgetter('k', 2), op.attrgetter('a.b', 'c'), op.methodcaller('f', 1, x=2, y='s'))
print(op.itemgetter('a', 'b')(Money(0)), op.attrgetter('cents')(Money(9)), op.methodcaller('__neg__')(Money(4)))
class Hint:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        return self.value
print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 9), op.length_hint(object(), 2), op.length_hint(iter('abc')))
print(op.is_(None, None), op.is_not(None, False), op.truth(Money(0)), op.not_(None), op.call(divmod, 17, 5))
print(len(op.__all__), op.__all__[:6], 'truth' in op.__all__)
bad_calls = [
    lambda: op.concat(1, 2), lambda: op.concat({}, {}), lambda: op.iconcat(1, [2]), lambda: op.indexOf([1], 2),
    lambda: op.countOf(1, 1), lambda: op.attrgetter(1), lambda: op.attrgetter('a', 2), lambda: op.attrgetter(),
    lambda: op.itemgetter(), lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: op.attrgetter('x.y')(Money(1)),
    lambda: op.neg('s'), lambda: op.invert(1.5), lambda: op.add(Money(1), 1), lambda: op.lt(Money(1), 'x'),
    lambda: op.length_hint(Hint(-1)), lambda: op.length_hint(Hint('x')), lambda: op.length_hint([], 'x'),
    lambda: op.index(1.5), lambda: op.getitem(Money(1), slice(1, 2)), lambda: op.delitem({}, 'k'),
]
for bad in bad_calls:
    try:
        print('no error', bad())
    except (TypeError, ValueError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
