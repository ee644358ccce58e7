# A lambda with a statement body.
f = lambda: return 1
