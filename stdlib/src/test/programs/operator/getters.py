# itemgetter, attrgetter and methodcaller.
from operator import itemgetter, attrgetter, methodcaller
rows = [('bob', 25, 'Oslo'), ('ann', 31, 'Rome'), ('cy', 25, 'Bonn')]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(2)(rows[0]), itemgetter(0, 2)(rows[1]))
print(list(map(itemgetter('k'), [{'k': 1}, {'k': 2}])), itemgetter(slice(1, 3))('abcd'))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
people = [P('zed'), P('amy'), P('kim')]
print([p.name for p in sorted(people, key=attrgetter('name'))])
print(attrgetter('inner.name')(P('outer', P('nested'))), attrgetter('name', 'inner')(P('n')))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'o', 1)('banana'))
