# Graph algorithms with a hand-written binary heap: BFS, DFS, Dijkstra, topological sort,
# connected components, cycle detection and minimum spanning tree (Kruskal with
# union-find).


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[parent] <= a[i]:
                break
            a[parent], a[i] = a[i], a[parent]
            i = parent

    def pop(self):
        a = self.items
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                left, right, smallest = 2 * i + 1, 2 * i + 2, i
                if left < len(a) and a[left] < a[smallest]:
                    smallest = left
                if right < len(a) and a[right] < a[smallest]:
                    smallest = right
                if smallest == i:
                    break
                a[i], a[smallest] = a[smallest], a[i]
                i = smallest
        return top


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))

    def nodes(self):
        return sorted(self.adj)

    def bfs(self, start):
        order, seen, queue = [], {start}, [start]
        dist = {start: 0}
        while queue:
            u = queue.pop(0)
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return order, dist

    def dfs(self, start):
        order, seen = [], set()

        def visit(u):
            seen.add(u)
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                if v not in seen:
                    visit(v)

        visit(start)
        return order

    def dijkstra(self, source):
        dist, prev = {source: 0}, {}
        heap = MinHeap()
        heap.push((0, source))
        done = set()
        while heap:
            d, u = heap.pop()
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u]:
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v], prev[v] = nd, u
                    heap.push((nd, v))
        return dist, prev

    def topological_sort(self):
        indegree = {u: 0 for u in self.adj}
        for u in self.adj:
            for v, _ in self.adj[u]:
                indegree[v] += 1
        ready = MinHeap()
        for u in self.nodes():
            if indegree[u] == 0:
                ready.push(u)
        order = []
        while ready:
            u = ready.pop()
            order.append(u)
            for v, _ in self.adj[u]:
                indegree[v] -= 1
                if indegree[v] == 0:
                    ready.push(v)
        if len(order) != len(self.adj):
            raise ValueError('graph has a cycle')
        return order

    def components(self):
        seen, comps = set(), []
        for u in self.nodes():
            if u not in seen:
                comp = self.dfs(u)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps

    def kruskal(self):
        parent = {u: u for u in self.adj}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        edges = sorted([(w, u, v) for u in self.adj for v, w in self.adj[u] if u < v])
        tree = []
        for w, u, v in edges:
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                tree.append((u, v, w))
        return tree


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


heap = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heap.push(x)
print([heap.pop() for _ in range(len(heap))])

roads = Graph()
for u, v, w in [('A', 'B', 7), ('A', 'C', 9), ('A', 'F', 14), ('B', 'C', 10), ('B', 'D', 15), ('C', 'D', 11),
                ('C', 'F', 2), ('D', 'E', 6), ('E', 'F', 9), ('G', 'H', 1)]:
    roads.add_edge(u, v, w)
print('bfs', roads.bfs('A'))
print('dfs', roads.dfs('A'))
dist, prev = roads.dijkstra('A')
for node in sorted(dist):
    print(f'A -> {node}: {dist[node]:>2} via {"-".join(path_to(prev, node))}')
print('unreachable from A:', [n for n in roads.nodes() if n not in dist])
print('components', roads.components())
mst = roads.kruskal()
print('mst', mst, 'weight', sum([w for _, _, w in mst]))

courses = Graph(directed=True)
for before, after in [('intro', 'data structures'), ('intro', 'discrete math'), ('data structures', 'algorithms'),
                      ('discrete math', 'algorithms'), ('algorithms', 'compilers'), ('data structures', 'databases'),
                      ('theory', 'compilers')]:
    courses.add_edge(before, after)
print('course order', courses.topological_sort())
courses.add_edge('compilers', 'intro')
try:
    courses.topological_sort()
except ValueError as e:
    print('ValueError', e)

grid_text = ['S.#.....', '.##.###.', '....#...', '.#.##.#.', '...#..#E']
grid = Graph()
for r, row in enumerate(grid_text):
    for c, ch in enumerate(row):
        if ch == '#':
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < len(grid_text) and cc < len(row) and grid_text[rr][cc] != '#':
                grid.add_edge((r, c), (rr, cc))
start, end = (0, 0), (4, 7)
gd, gp = grid.dijkstra(start)
route = path_to(gp, end)
print('maze distance', gd[end], 'steps', len(route))
canvas = [list(row) for row in grid_text]
for r, c in route[1:-1]:
    canvas[r][c] = '*'
print('\n'.join([''.join(row) for row in canvas]))
