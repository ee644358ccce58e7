from .y import Y
X = 'x'
