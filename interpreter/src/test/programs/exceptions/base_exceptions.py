# Catching BaseException subclasses that are not Exceptions.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('SystemExit', e.code, repr(e))
try:
    raise KeyboardInterrupt
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
try:
    raise GeneratorExit('bye')
except BaseException as e:
    print(type(e).__name__, e)
try:
    sys.exit()
except SystemExit as e:
    print('code', e.code)
