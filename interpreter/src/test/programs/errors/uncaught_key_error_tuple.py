# KeyError with a tuple key prints the key's repr.
grid = {(0, 0): 'origin'}
grid[(1, 2)]
