import sys
if 1:
    sys.argv[ [0] = "python"
x = 1
