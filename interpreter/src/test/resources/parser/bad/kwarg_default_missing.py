def f(**kw= ):
    pass
