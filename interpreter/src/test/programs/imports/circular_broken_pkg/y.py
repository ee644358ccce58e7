from .x import X
Y = 'y'
