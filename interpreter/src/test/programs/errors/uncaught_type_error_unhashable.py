# Using a list as a dict key.
d = {}
d[[1, 2]] = 'value'
