# Mutually recursive functions resolve each other through globals at call time.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(301))
def late():
    return defined_later() * 2
def defined_later():
    return 21
print(late())
def redefine():
    return 'first'
f = redefine
def redefine():
    return 'second'
print(f(), redefine())
