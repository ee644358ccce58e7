if x:
    if y:
        if z:
            pass