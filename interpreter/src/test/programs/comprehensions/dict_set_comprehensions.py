# Dict and set comprehensions.
print({x: x ** 3 for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({x % 4 for x in range(10)}, {len(w) for w in ['a', 'bb', 'cc', 'ddd']})
words = ['hello', 'world', 'help', 'word']
print({w[:3]: [x for x in words if x.startswith(w[:3])] for w in words})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({c: 'aeiou'.count(c) for c in 'hello' if c in 'aeiou'})
