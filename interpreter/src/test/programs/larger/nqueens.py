# N-queens by backtracking: counts for n = 1..9, the first solution drawn for n = 8,
# plus a bitmask variant that must agree with the plain one.


def solve(n):
    solutions = []
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = []

    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for col in range(n):
            if cols[col] or diag1[row + col] or diag2[row - col + n]:
                continue
            cols[col] = diag1[row + col] = diag2[row - col + n] = True
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols[col] = diag1[row + col] = diag2[row - col + n] = False

    place(0)
    return solutions


def count_bitmask(n):
    full = (1 << n) - 1
    count = 0

    def go(cols, left, right):
        nonlocal count
        if cols == full:
            count += 1
            return
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)

    go(0, 0, 0)
    return count


def draw(solution):
    n = len(solution)
    rows = []
    for r in range(n):
        rows.append(' '.join(['Q' if solution[r] == c else '.' for c in range(n)]))
    return '\n'.join(rows)


def is_valid(solution):
    n = len(solution)
    for r1 in range(n):
        for r2 in range(r1 + 1, n):
            c1, c2 = solution[r1], solution[r2]
            if c1 == c2 or abs(c1 - c2) == r2 - r1:
                return False
    return True


def canonical(solution):
    """The smallest of the 8 symmetric variants, to count distinct solutions."""
    n = len(solution)
    variants = []
    board = list(solution)
    for _ in range(4):
        rotated = [0] * n
        for r in range(n):
            rotated[board[r]] = n - 1 - r
        board = rotated
        variants.append(tuple(board))
        variants.append(tuple(reversed(board)))
    return min(variants)


for n in range(1, 10):
    sols = solve(n)
    distinct = len(set([canonical(s) for s in sols])) if sols else 0
    print(f'n={n}: {len(sols):3} solutions, {distinct:2} distinct, bitmask agrees: {count_bitmask(n) == len(sols)}')

eight = solve(8)
print(eight[0], eight[-1], all([is_valid(s) for s in eight]))
print(draw(eight[0]))
print(sorted(eight)[:3])
column_use = [0] * 8
for s in eight:
    for c in s:
        column_use[c] += 1
print(column_use)
print(count_bitmask(10), count_bitmask(11))


def attacked_squares(solution):
    """How many queens attack each empty square, as a grid of digits."""
    n = len(solution)
    grid = []
    for r in range(n):
        row = ''
        for c in range(n):
            if solution[r] == c:
                row += 'Q'
                continue
            hits = 0
            for qr in range(n):
                qc = solution[qr]
                if qr == r or qc == c or abs(qr - r) == abs(qc - c):
                    hits += 1
            row += str(hits)
        grid.append(row)
    return grid


for s in solve(4):
    print(s)
    print('\n'.join(attacked_squares(s)))
