print('b: start')
from . import a
B_VALUE = 'b value'

def use_a():
    return 'b sees ' + a.A_VALUE
print('b: end, a is partially initialised:', not hasattr(a, 'A_VALUE'))
