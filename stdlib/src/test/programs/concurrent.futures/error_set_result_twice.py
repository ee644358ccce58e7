# set_result or set_exception on a future that finished or was cancelled raises
# InvalidStateError naming the state and the future; the future keeps its first outcome.
from concurrent.futures import Future, InvalidStateError
from support import without_addresses


f = Future()
f.set_result(1)
for action in (lambda: f.set_result(2), lambda: f.set_exception(KeyError("k"))):
    try:
        action()
    except InvalidStateError as e:
        print(type(e).__name__, without_addresses(str(e)))
print("result still", f.result())

c = Future()
c.cancel()
try:
    c.set_result(3)
except InvalidStateError as e:
    print(type(e).__name__, without_addresses(str(e)))
c.set_running_or_notify_cancel()
try:
    c.set_exception(ValueError())
except InvalidStateError as e:
    print(type(e).__name__, without_addresses(str(e)))
