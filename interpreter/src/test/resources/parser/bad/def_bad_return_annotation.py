def f(arg: int) -> for int:
    pass
