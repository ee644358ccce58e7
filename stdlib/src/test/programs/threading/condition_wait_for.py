# Condition.wait_for(predicate, timeout) returns the predicate's last value: at once when it
# is already true, after notifications until it becomes true, or falsy after the timeout.
import threading

cond = threading.Condition()
items = []

with cond:
    print("already true:", cond.wait_for(lambda: True))
    print("truthy value is returned:", cond.wait_for(lambda: "yes"))
    print("false after timeout:", cond.wait_for(lambda: len(items) > 0, timeout=0.05))
    print("falsy value after timeout:", repr(cond.wait_for(lambda: items[:], timeout=0)))

calls = []


def consumer():
    def enough():
        calls.append(len(items))
        return items[:] if len(items) >= 3 else None

    with cond:
        result = cond.wait_for(enough)
    calls.append(("got", result))


t = threading.Thread(target=consumer)
t.start()
for n in range(1, 4):
    with cond:
        items.append(n)
        cond.notify()
t.join()
print(calls[-1], "last check saw", calls[-2])

# The producer fills a list one item per notify; the consumer waits for a given total.
total = []


def produce():
    for n in range(10):
        with cond:
            total.append(n)
            cond.notify_all()


p = threading.Thread(target=produce)
with cond:
    p.start()
    print("sum reached:", cond.wait_for(lambda: sum(total) == 45, timeout=5), sorted(total))
p.join()
