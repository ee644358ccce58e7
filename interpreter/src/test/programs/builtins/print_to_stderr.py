# print(file=sys.stderr) goes to stderr; the last stderr line is recorded.
import sys
print('on stdout')
print('warning: something', file=sys.stderr)
sys.stderr.write('written directly\n')
print('still stdout')
print('final stderr line', file=sys.stderr)
