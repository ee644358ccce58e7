# threading.RLock: the owner may acquire again and must release as many times; the owner and
# the count show in the repr (the owner's ident is replaced by a marker).
import _thread
import threading

main_ident = threading.get_ident()


def shown(lock):
    return repr(lock).split(" at 0x")[0].replace(str(main_ident), "MAIN")


r = threading.RLock()
print(shown(r))
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r.acquire(timeout=0.01))
print(shown(r))
r.release()
print(shown(r))
with r:
    with r:
        print("nested with:", shown(r))
print(shown(r))
for _ in range(3):
    r.release()
print(shown(r))

try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

# threading.RLock returns a _thread.RLock.
print(type(r) is _thread.RLock, type(r).__name__)

# Misuse of acquire arguments is the same as for Lock.
for args in [(False, 1), (True, -5)]:
    try:
        r.acquire(*args)
    except ValueError as e:
        print("ValueError", e)



# A recursive function that takes the lock at every level.
def depth_sum(n):
    with r:
        return 0 if n == 0 else n + depth_sum(n - 1)


print(depth_sum(20), shown(r))
