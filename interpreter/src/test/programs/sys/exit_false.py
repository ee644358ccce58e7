# sys.exit(False) exits with status 0; sys.exit(True) with 1.
import sys
try:
    sys.exit(True)
except SystemExit as e:
    print('caught', repr(e.code))
sys.exit(False)
