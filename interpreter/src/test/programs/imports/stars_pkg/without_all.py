import math as _math_module
visible = 'visible'
_hidden = 'hidden'

def helper():
    return 'helper called'
