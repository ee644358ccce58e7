# sys.exit(0) and sys.exit(None) are successful exits; finally blocks still run.
import sys
try:
    print('in try')
    sys.exit(None)
finally:
    print('finally runs before exiting')
