# Calling a function with a missing argument.
def pair(a, b):
    return (a, b)
pair(1)
