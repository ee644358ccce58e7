# sys.path starts with the script's directory; sys.modules caches modules.
import sys
import os
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, isinstance(sys.path, list), all([isinstance(p, str) for p in sys.path]))
print('sys' in sys.modules, '__main__' in sys.modules, sys.modules['__main__'].__name__)
print(sys.modules['sys'] is sys, 'builtins' in sys.modules)
import math
print(sys.modules['math'] is math)
print(__name__, sys.modules[__name__] is sys.modules['__main__'])
