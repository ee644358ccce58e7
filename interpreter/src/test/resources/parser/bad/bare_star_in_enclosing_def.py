def f(*, **k):
    y = = 3
