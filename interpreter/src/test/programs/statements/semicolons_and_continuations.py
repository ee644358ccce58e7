# Statement separators, line continuations and comments in odd places.
a = 1; b = 2; c = a + b; print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,  # first
    2,  # second
    # a comment line inside a display
    3,
]
print(values, (1 +
               2), {'k':
                    'v'})
if a == 1 and \
   b == 2:
    print('continued condition')
def f(x,
      y=2,
      *,
      z=3):
    return x + y + z
print(f(1,
        z=10))
s = ('implicit '
     'concatenation '
     "of strings")
print(s)
while False: pass
for i in range(2): print('inline body', i)
class C: x = 1; y = 2
print(C.x + C.y)
