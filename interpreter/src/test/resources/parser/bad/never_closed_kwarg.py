foo(a,
x = 1
