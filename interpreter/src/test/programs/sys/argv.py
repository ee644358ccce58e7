# argv: first second 3 --flag=on
import sys
import os
print(len(sys.argv), os.path.basename(sys.argv[0]), sys.argv[1:])
args = sys.argv[1:]
numbers = [int(a) for a in args if a.isdigit()]
flags = dict([a[2:].split('=') for a in args if a.startswith('--')])
print(numbers, flags)
