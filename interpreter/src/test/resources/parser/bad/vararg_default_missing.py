def f(*args= ):
    pass
