# A sudoku solver: constraint propagation with candidate sets and backtracking on the
# cell with the fewest candidates, plus a validity check of the solution.

PUZZLES = [
    '53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79',
    '..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..',
    '8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..',
]

DIGITS = '123456789'
ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)] for br in range(3) for bc in range(3)]
UNITS = ROWS + COLS + BOXES
PEERS = []
for cell in range(81):
    peers = set()
    for unit in UNITS:
        if cell in unit:
            peers.update(unit)
    peers.discard(cell)
    PEERS.append(sorted(peers))


class Contradiction(Exception):
    pass


def assign(cands, cell, digit, stats):
    for other in cands[cell] - {digit}:
        eliminate(cands, cell, other, stats)


def eliminate(cands, cell, digit, stats):
    if digit not in cands[cell]:
        return
    cands[cell] = cands[cell] - {digit}
    stats['eliminations'] += 1
    if not cands[cell]:
        raise Contradiction(cell)
    if len(cands[cell]) == 1:
        only = min(cands[cell])
        for peer in PEERS[cell]:
            eliminate(cands, peer, only, stats)
    for unit in UNITS:
        if cell in unit:
            places = [c for c in unit if digit in cands[c]]
            if not places:
                raise Contradiction(cell)
            if len(places) == 1 and len(cands[places[0]]) > 1:
                assign(cands, places[0], digit, stats)


def parse(puzzle):
    cands = [set(DIGITS) for _ in range(81)]
    stats = {'eliminations': 0, 'guesses': 0}
    for cell, ch in enumerate(puzzle):
        if ch in DIGITS:
            assign(cands, cell, ch, stats)
    return cands, stats


def search(cands, stats):
    if all([len(c) == 1 for c in cands]):
        return cands
    cell = min([i for i in range(81) if len(cands[i]) > 1], key=lambda i: (len(cands[i]), i))
    for digit in sorted(cands[cell]):
        trial = [set(c) for c in cands]
        stats['guesses'] += 1
        try:
            assign(trial, cell, digit, stats)
            result = search(trial, stats)
            if result:
                return result
        except Contradiction:
            continue
    return None


def to_string(cands):
    return ''.join([min(c) if len(c) == 1 else '.' for c in cands])


def show(grid):
    lines = []
    for r in range(9):
        row = ''
        for c in range(9):
            row += grid[r * 9 + c] + (' | ' if c in (2, 5) else ' ')
        lines.append(row.rstrip())
        if r in (2, 5):
            lines.append('------+-------+------')
    return '\n'.join(lines)


def valid(grid, puzzle):
    if any([p != '.' and p != g for p, g in zip(puzzle, grid)]):
        return False
    return all([sorted([grid[i] for i in unit]) == list(DIGITS) for unit in UNITS])


for puzzle in PUZZLES:
    cands, stats = parse(puzzle)
    after_propagation = to_string(cands).count('.')
    solved = search(cands, stats)
    grid = to_string(solved)
    print(show(grid))
    print('unknown after propagation:', after_propagation, 'guesses:', stats['guesses'], 'valid:', valid(grid, puzzle))
    print()
try:
    parse('55' + '.' * 79)
except Contradiction as e:
    print('Contradiction at cell', e.args[0])
