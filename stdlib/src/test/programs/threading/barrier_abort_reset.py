# Breaking a Barrier: abort() and reset() release the waiting threads with
# BrokenBarrierError, a timeout breaks the barrier, and so does an action that raises.
import threading
import time

outcomes = []
lock = threading.Lock()


def waiter(barrier, name, timeout=None):
    try:
        index = barrier.wait(timeout)
        result = ("passed", index)
    except threading.BrokenBarrierError as e:
        result = ("broken", type(e).__name__, str(e))
    with lock:
        outcomes.append((name, result))


def wait_until_waiting(barrier, count):
    while barrier.n_waiting < count:
        time.sleep(0.001)


def run_and_report(label, barrier, count, breaker):
    outcomes.clear()
    threads = [threading.Thread(target=waiter, args=(barrier, f"t{n}")) for n in range(count)]
    for t in threads:
        t.start()
    wait_until_waiting(barrier, count)
    breaker()
    for t in threads:
        t.join()
    results = sorted(result for _, result in outcomes)
    print(label, results, "broken:", barrier.broken, "waiting:", barrier.n_waiting)


b = threading.Barrier(3)
run_and_report("abort:", b, 2, b.abort)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait on a broken barrier raises at once")
b.reset()
print("after reset: broken", b.broken)
run_and_report("reset while waiting:", b, 2, b.reset)
run_and_report("then a full round:", b, 2, lambda: b.wait())

# A timeout on wait breaks the barrier for everyone.
outcomes.clear()
t = threading.Barrier(2, timeout=0.05)
waiter(t, "default timeout")
waiter(t, "after the break")
print(sorted(outcomes), t.broken)
t.reset()
outcomes.clear()
waiter(t, "explicit timeout", timeout=0.02)
print(outcomes, t.broken)


# An action that raises breaks the barrier; the exception goes to the thread that ran it.
def failing_action():
    raise ValueError("action failed")


f = threading.Barrier(2, action=failing_action)
other = threading.Thread(target=waiter, args=(f, "other"))
outcomes.clear()
other.start()
wait_until_waiting(f, 1)
try:
    f.wait()
except ValueError as e:
    print("last arrival got", type(e).__name__, e)
other.join()
print(outcomes, f.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
