# Conway's Game of Life on a torus and on an unbounded set-based board: blinkers,
# gliders, a pulsar's period and a glider gun's population over time.


class TorusLife:
    def __init__(self, rows):
        self.h, self.w = len(rows), len(rows[0])
        self.cells = [[ch == '#' for ch in row] for row in rows]

    def neighbours(self, r, c):
        n = 0
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr or dc) and self.cells[(r + dr) % self.h][(c + dc) % self.w]:
                    n += 1
        return n

    def step(self):
        new = []
        for r in range(self.h):
            row = []
            for c in range(self.w):
                n = self.neighbours(r, c)
                row.append(n == 3 or (n == 2 and self.cells[r][c]))
            new.append(row)
        self.cells = new

    def population(self):
        return sum([sum(row) for row in self.cells])

    def __str__(self):
        return '\n'.join([''.join(['#' if x else '.' for x in row]) for row in self.cells])


def step_set(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def parse_set(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == '#'}


def bounds(live):
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return min(rs), min(cs), max(rs), max(cs)


def normalise(live):
    r0, c0, _, _ = bounds(live)
    return frozenset([(r - r0, c - c0) for r, c in live])


def period(live, limit=100):
    start = normalise(live)
    current = live
    for gen in range(1, limit + 1):
        current = step_set(current)
        if normalise(current) == start:
            return gen
    return None


blinker = TorusLife(['.....', '..#..', '..#..', '..#..', '.....'])
for gen in range(3):
    print(f'generation {gen}, population {blinker.population()}')
    print(blinker)
    blinker.step()

glider = TorusLife(['.#......', '..#.....', '###.....', '........', '........', '........'])
for _ in range(4 * 8):
    glider.step()
print('glider after 32 steps on an 8x6 torus:')
print(glider)

shapes = {
    'block': ['##', '##'],
    'blinker': ['###'],
    'toad': ['.###', '###.'],
    'beacon': ['##..', '##..', '..##', '..##'],
    'glider': ['.#.', '..#', '###'],
    'pulsar': ['..###...###..', '.............', '#....#.#....#', '#....#.#....#', '#....#.#....#',
               '..###...###..', '.............', '..###...###..', '#....#.#....#', '#....#.#....#',
               '#....#.#....#', '.............', '..###...###..'],
}
for name, rows in shapes.items():
    live = parse_set(rows)
    p = period(live)
    moved = None
    if p:
        after = live
        for _ in range(p):
            after = step_set(after)
        moved = (bounds(after)[0] - bounds(live)[0], bounds(after)[1] - bounds(live)[1])
    print(f'{name:<8} cells={len(live):>3} period={p} displacement={moved}')

gun = parse_set([
    '........................#...........',
    '......................#.#...........',
    '............##......##............##',
    '...........#...#....##............##',
    '##........#.....#...##..............',
    '##........#...#.##....#.#...........',
    '..........#.....#.......#...........',
    '...........#...#....................',
    '............##......................',
])
populations = []
live = gun
for gen in range(121):
    if gen % 15 == 0:
        populations.append((gen, len(live)))
    live = step_set(live)
print('gosper gun populations', populations)
r0, c0, r1, c1 = bounds(live)
print('bounding box after 121 generations', (r0, c0, r1, c1))
