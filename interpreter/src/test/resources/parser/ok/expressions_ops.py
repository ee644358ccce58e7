a + b - c * d / e // f % g ** h @ i
-a, +b, ~c, not d
--a, -+-a, not not a, ~~a
a ** b ** c
-a ** b
a ** -b
a ** -b ** c
(-a) ** b
a << b >> c & d | e ^ f
a and b and c
a or b or c
a and b or c and d
not a and not b
a < b < c
a == b != c
a <= b >= c > d
a is b, a is not b
a in b, a not in b
a if b else c
a if b else c if d else e
(a if b else c) if d else e
a if (b if c else d) else e
lambda: a if b else c
a if b else lambda: c
x = (y)
(a)
((a))
(a, b)
(a,)
()
[a, b]
[]
[a,]
{a, b}
{a,}
{}
{a: b}
{a: b, c: d,}
{**a}
{**a, 'b': 1, **c}
{*a, *b}
[*a, *b]
(*a, *b)
c = *a, *b
a[b]
a[b, c]
a[b:c]
a[b:c:d]
a[:]
a[::]
a[::2]
a[1:]
a[:2]
a[1:2, ::3]
a[b,]
a[()]
a[(b, c)]
a[*b]
a[*b, c]
a[b:=1]
a.b.c
a.b().c[d].e()
f()
f(a)
f(a, b)
f(a, b=1)
f(*a)
f(**a)
f(a, *b, c=1, **d)
f(*a, *b, **c, **d)
f(a=1, *b)
f(a for a in b)
f((a for a in b), c)
f(x := 1)
f(a,)
f(a)(b)(c)
x = a.b.c(d)[e]
(a := 1)
[a := 1, b := 2]
{a := 1}
a[b := 1]
print(a, end="")
...
None
True
False
x = a if b else c
x = not a
x = -1
x = a < b
