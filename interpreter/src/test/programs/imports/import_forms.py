# import with several names, aliases, and imports inside functions.
import math, os.path as osp, sys
from math import (sqrt,
                  floor as fl)
print(sqrt(16), fl(2.7), osp.join('a', 'b'), type(sys.argv).__name__)
def local_import():
    import string
    from math import pi
    return string.ascii_lowercase[:3], round(pi, 2)
print(local_import(), 'string' in dir())
import os
print(os.path is osp)
