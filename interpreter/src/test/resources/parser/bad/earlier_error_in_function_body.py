def f():
    x = 1
    f() = 2
    y = = 3
