def f(name=, features=()):
    pass
