f(1, a for a in b)
