# sys.stdout and sys.stderr objects.
import sys
sys.stdout.write('via sys.stdout\n')
sys.stderr.write('via sys.stderr\n')
sys.stderr.flush()
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, hasattr(sys.stdout, 'flush'))
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
saved = sys.stdout
sys.stdout = Capture()
print('captured', 1, 2)
print('second')
captured = sys.stdout.parts
sys.stdout = saved
print(captured)
sys.stderr.write('last line on stderr\n')
