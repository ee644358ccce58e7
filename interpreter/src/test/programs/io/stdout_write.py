# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write('hello\n')
m = sys.stdout.write('héllo 🐍\n')
sys.stdout.flush()
print(n, m)
sys.stdout.write('no newline, ')
print('then print')
print(sys.stdout.writable(), sys.stdin.readable() if hasattr(sys.stdin, 'readable') else True)
try:
    sys.stdout.write(42)
except TypeError as e:
    print('TypeError', e)
