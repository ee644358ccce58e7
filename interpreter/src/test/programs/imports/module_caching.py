# A module body runs once; later imports reuse the cached module.
import sys
print('importing the first time')
import noisy_pkg.loud
print('importing again')
import noisy_pkg.loud
from noisy_pkg import loud
from noisy_pkg.loud import bump
print(loud is noisy_pkg.loud is sys.modules['noisy_pkg.loud'])
print(bump(), bump(), loud.counter)
loud.counter = 100
print(bump(), noisy_pkg.loud.counter)
del sys.modules['noisy_pkg.loud']
import noisy_pkg.loud as fresh
print(fresh is loud, fresh.counter)
