# from module import * honours __all__ and skips underscore names.
from stars_pkg.with_all import *
from stars_pkg.without_all import *
print(public, Exported.__name__, visible, helper())
for name in ['also_public_but_not_listed', '_private', '_hidden', '_math_module']:
    print(name, name in globals())
