def foo():
    x = 1; pass; del x;
if x: y;
elif z: w;
else: q ;  # c
