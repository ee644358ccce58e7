# A matrix library over exact rationals: a Rational class and a Matrix class with the
# arithmetic, comparison, container and conversion dunder methods, determinants,
# inverses by Gauss-Jordan elimination and solving linear systems.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Rational:
    __slots__ = ('num', 'den')

    def __init__(self, num, den=1):
        if isinstance(num, Rational):
            num, den = num.num * den, num.den
        if den == 0:
            raise ZeroDivisionError('Rational with zero denominator')
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Rational.of(o) - self

    def __mul__(self, o):
        if not isinstance(o, (int, Rational)):
            return NotImplemented
        o = Rational.of(o)
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Rational.of(o) / self

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __eq__(self, o):
        if isinstance(o, (int, Rational)):
            o = Rational.of(o)
            return self.num == o.num and self.den == o.den
        return NotImplemented

    def __lt__(self, o):
        o = Rational.of(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return str(self.num) if self.den == 1 else f'{self.num}/{self.den}'


class Matrix:
    def __init__(self, rows):
        if not rows or any([len(r) != len(rows[0]) for r in rows]):
            raise ValueError('rows must be non-empty and of equal length')
        self.rows = [[Rational.of(x) for x in r] for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = Rational.of(value)

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter([list(r) for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        self._same_shape(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        self._same_shape(other)
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self @ k
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f'cannot multiply {n}x{m} by {m2}x{p}')
        cols = other.transpose().rows
        return Matrix([[sum([a * b for a, b in zip(r, c)], Rational(0)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(len(self))
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def _same_shape(self, other):
        if self.shape != other.shape:
            raise ValueError(f'shape mismatch {self.shape} vs {other.shape}')

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError('determinant of a non-square matrix')
        a = [list(r) for r in self.rows]
        det = Rational(1)
        for col in range(n):
            pivot = None
            for r in range(col, n):
                if a[r][col]:
                    pivot = r
                    break
            if pivot is None:
                return Rational(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det = det * a[col][col]
            for r in range(col + 1, n):
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
        return det

    def inverse(self):
        n = len(self)
        aug = [list(r) + list(e) for r, e in zip(self.rows, Matrix.identity(n).rows)]
        for col in range(n):
            pivot = None
            for r in range(col, n):
                if aug[r][col]:
                    pivot = r
                    break
            if pivot is None:
                raise ZeroDivisionError('matrix is singular')
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def solve(self, b):
        return self.inverse() @ Matrix([[x] for x in b])

    def __repr__(self):
        return f'Matrix({self.rows!r})'

    def __str__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        width = max([len(c) for r in cells for c in r])
        return '\n'.join(['[ ' + ' '.join([c.rjust(width) for c in r]) + ' ]' for r in cells])


half = Rational(1, 2)
third = Rational(1, 3)
print(half + third, half - third, half * third, half / third, -half, 1 - half, 2 / third, abs(Rational(-3, 6)))
print(half == Rational(2, 4), half < third, sorted([half, third, Rational(-1, 5), Rational(7)]), float(third))
print(len({half, Rational(3, 6), third}), bool(Rational(0)), Rational(6, -4))

A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A)
print(A + B == B + A, (A @ B) == (B @ A), A.shape, len(A), A[1, 2])
print(A @ B)
print('det A =', A.determinant(), 'det B =', B.determinant(), 'det AB =', (A @ B).determinant())
inv = A.inverse()
print(inv)
print(inv @ A == Matrix.identity(3), A @ inv == Matrix.identity(3))
print(B.solve([1, 2, 3]).transpose())
F = Matrix([[1, 1], [1, 0]])
print((F ** 30)[0, 1], (F ** 90)[0, 1])
print(list(Matrix([[1, 2], [3, 4]]).transpose()), half * Matrix.identity(2) == Matrix([[half, 0], [0, half]]))
H = Matrix([[Rational(1, i + j + 1) for j in range(4)] for i in range(4)])
print('hilbert det', H.determinant())
print(H.inverse())
m = Matrix.identity(2)
m[0, 1] = Rational(5, 7)
print(repr(m))
for bad in [lambda: A + Matrix([[1]]), lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: Matrix([[1, 2], [3]]), lambda: Rational(1, 0), lambda: Matrix([[1, 2]]).determinant()]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
