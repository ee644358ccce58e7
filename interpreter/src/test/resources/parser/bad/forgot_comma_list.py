[x, y z]
