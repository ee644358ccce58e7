# input() reads a line from sys.stdin; at end of input it raises EOFError.
import sys
class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ''
real_stdin = sys.stdin
sys.stdin = Lines('first answer\n', 'second\n')
name = input('Name? ')
print()
print('got', repr(name))
print('got', repr(input()))
try:
    input('more? ')
except EOFError as e:
    print()
    print('EOFError', e)
sys.stdin = real_stdin
try:
    input()
except EOFError as e:
    print('EOFError from real stdin', e)
