if x:
    if y:
x
