# Assignment inside an if condition needs := .
if x = 1:
    pass
