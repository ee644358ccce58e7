# collections.defaultdict.
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], 'z' in groups)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
nodefault = defaultdict()
try:
    nodefault['x']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(lambda: 'n/a')['anything'], groups.default_factory is list)
