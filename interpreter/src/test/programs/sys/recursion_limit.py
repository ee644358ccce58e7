# getrecursionlimit/setrecursionlimit and RecursionError.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(3000))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print(type(e).__name__)
print(depth(50))
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
