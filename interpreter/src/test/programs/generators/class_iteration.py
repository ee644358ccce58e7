# Generators as methods: __iter__ and __reversed__ written as generators, recursive
# traversal with yield from, and generators that read the object's live state.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def __reversed__(self):
        for child in reversed(self.children):
            yield from reversed(child)
        yield self.value

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

    def paths(self, prefix=()):
        path = prefix + (self.value,)
        yield path
        for child in self.children:
            yield from child.paths(path)


tree = Tree('root', Tree('a', Tree('a1'), Tree('a2')), Tree('b'), Tree('c', Tree('c1')))
print(list(tree))
print(list(reversed(tree)))
print(list(tree.leaves()))
print(['/'.join(p) for p in tree.paths()])
print('a2' in tree, 'zz' in tree, len(list(tree)))
print(sorted(tree, reverse=True)[:3])


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        while self.current > 0:
            yield self.current
            self.current -= 1


c = Countdown(3)
it = iter(c)
print(next(it))
c.current = 10
print('after changing the state:', list(it))
print('the object is spent:', list(c))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest


print([''.join(p) for p in permutations('abc')])


def hanoi(n, source, target, spare):
    if n:
        yield from hanoi(n - 1, source, spare, target)
        yield source, target
        yield from hanoi(n - 1, spare, target, source)


moves = list(hanoi(3, 'L', 'R', 'M'))
print(len(moves), moves[:4])
