# argv: héllo wörld 🐍 -n
import sys
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, arg, len(arg))
