# getpid and cpu_count.
import os
pid = os.getpid()
print(type(pid).__name__, pid > 0, pid == os.getpid())
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir)
