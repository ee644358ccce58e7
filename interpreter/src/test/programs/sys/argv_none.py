# Without arguments, sys.argv holds only the script name.
import sys
import os
print(len(sys.argv), os.path.basename(sys.argv[0]), sys.argv[0].endswith('.py'), type(sys.argv).__name__)
