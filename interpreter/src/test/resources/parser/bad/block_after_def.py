def f():
x
