# as_completed and wait given something that is not an iterable of futures fail as CPython's
# code does: set(fs) refuses what is not iterable or not hashable, and a member that is not a
# future has no _condition. as_completed fails at its first next(), wait at once.
from concurrent.futures import Future, as_completed, wait

f = Future()
f.set_result(1)
for bad in (5, [f, 3], [[f]], f):
    try:
        next(as_completed(bad))
    except (TypeError, AttributeError) as e:
        print("as_completed:", type(e).__name__, e)
    try:
        wait(bad)
    except (TypeError, AttributeError) as e:
        print("wait:", type(e).__name__, e)
generator = as_completed(7)
print("made without error:", type(generator).__name__)
wait([f, "not a future"])
