# Linked data structures with the iteration and container protocols: a singly linked
# list, a binary search tree with in-order iteration and deletion, and an LRU cache
# built on a doubly linked list and a dict.


class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next=None):
        self.value, self.next = value, next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError('linked list index out of range')
        node = self.head
        for _ in range(index):
            node = node.next
        return node.value

    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return 'LinkedList([' + ', '.join([repr(v) for v in self]) + '])'


class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value


class BST:
    class _Node:
        def __init__(self, key, value):
            self.key, self.value, self.left, self.right = key, value, None, None

    def __init__(self):
        self.root, self.count = None, 0

    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self.count += 1
                return BST._Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.count -= 1

    def __len__(self):
        return self.count

    def __iter__(self):
        keys = []

        def walk(node):
            if node:
                walk(node.left)
                keys.append(node.key)
                walk(node.right)
        walk(self.root)
        return iter(keys)

    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)


class LRUCache:
    class _Entry:
        def __init__(self, key, value):
            self.key, self.value, self.prev, self.next = key, value, None, None

    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = LRUCache._Entry(None, None)
        self.tail = LRUCache._Entry(None, None)
        self.head.next, self.tail.prev = self.tail, self.head
        self.evicted = []

    def _unlink(self, e):
        e.prev.next, e.next.prev = e.next, e.prev

    def _push_front(self, e):
        e.next, e.prev = self.head.next, self.head
        self.head.next.prev = e
        self.head.next = e

    def get(self, key, default=None):
        e = self.map.get(key)
        if e is None:
            return default
        self._unlink(e)
        self._push_front(e)
        return e.value

    def put(self, key, value):
        if key in self.map:
            self._unlink(self.map[key])
        elif len(self.map) == self.capacity:
            oldest = self.tail.prev
            self._unlink(oldest)
            del self.map[oldest.key]
            self.evicted.append(oldest.key)
        e = LRUCache._Entry(key, value)
        self.map[key] = e
        self._push_front(e)

    def keys(self):
        out, e = [], self.head.next
        while e is not self.tail:
            out.append(e.key)
            e = e.next
        return out


ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll), ll[0], ll[-1], 9 in ll, 7 in ll, sum(ll), max(ll), sorted(ll))
ll.reverse()
print(ll, list(enumerate(ll))[:3])
try:
    ll[8]
except IndexError as e:
    print('IndexError', e)
it = iter(ll)
print(next(it), next(it), [x * 2 for x in it])

tree = BST()
for word in 'the quick brown fox jumps over the lazy dog again and again'.split():
    try:
        tree[word] = tree[word] + 1
    except KeyError:
        tree[word] = 1
print(len(tree), list(tree), tree.height())
print([(k, tree[k]) for k in tree if tree[k] > 1])
for k in ['the', 'quick', 'again', 'zebra']:
    try:
        del tree[k]
        print('deleted', k, list(tree))
    except KeyError as e:
        print('KeyError', e)
balanced = BST()
for k in [8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15]:
    balanced[k] = k * k
degenerate = BST()
for k in range(1, 16):
    degenerate[k] = k
print(balanced.height(), degenerate.height(), list(balanced) == list(degenerate))

cache = LRUCache(3)
for op in ['put a 1', 'put b 2', 'put c 3', 'get a', 'put d 4', 'get b', 'put e 5', 'get c', 'put a 10', 'get a', 'get d']:
    parts = op.split()
    if parts[0] == 'put':
        cache.put(parts[1], int(parts[2]))
        print(f'{op:<9} -> keys {cache.keys()}')
    else:
        print(f'{op:<9} -> {cache.get(parts[1], "miss")!r:<6} keys {cache.keys()}')
print('evicted', cache.evicted)
