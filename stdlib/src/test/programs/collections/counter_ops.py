# collections.Counter.
from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), sorted(c.elements()))
words = Counter('the cat and the hat and the bat'.split())
print(words.most_common(3), words.total(), len(words))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b)
a.update({'a': 10}); a.subtract(['b', 'b'])
print(a, +a, -a)
print(Counter({'x': 2}) == Counter(x=2), Counter(), dict(Counter('aab')))
