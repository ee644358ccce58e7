# Every statement that binds a name makes it local to the function.
import sys
def binders():
    for loop_var in [1]:
        pass
    with open(__file__) as handle:
        pass
    try:
        raise ValueError
    except ValueError as caught:
        kept = caught
    import os as alias
    from math import pi
    def inner():
        pass
    class Local:
        pass
    (walrus := 5)
    names = sorted(locals())
    return names
print(binders())
print('loop_var' in globals(), 'handle' in globals(), 'alias' in globals())
def shadow_import():
    try:
        return sys.version_info[0]
    finally:
        pass
print(shadow_import())
def unbound_by_import():
    try:
        print(math.pi)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    import math
unbound_by_import()
