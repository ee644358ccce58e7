# Directories added to sys.path are searched by later imports.
import sys
import os
try:
    import plainmod
except ModuleNotFoundError as e:
    print('before:', e)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'extra_path_pkg'))
import plainmod
print(plainmod.hello(), plainmod.__name__)
