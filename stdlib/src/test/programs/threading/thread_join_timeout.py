# join(timeout) returns None whether or not the thread ended; is_alive() tells which.
import threading

release = threading.Event()
log = []


def waiter():
    release.wait()
    log.append("released")


t = threading.Thread(target=waiter)
t.start()
print("join(0.05) returns", t.join(0.05))
print("alive after timed-out join:", t.is_alive(), log)
print("join(timeout=0) returns", t.join(timeout=0), t.is_alive())
print("join(-1) returns", t.join(-1), t.is_alive())
release.set()
print("join(None) returns", t.join(None))
print("alive after join:", t.is_alive(), log)
print("join(5) of a finished thread returns", t.join(5), t.is_alive())

# A thread that finishes before the timeout: join returns as soon as it ends.
quick = threading.Thread(target=log.append, args=("quick",))
quick.start()
quick.join(timeout=10)
print(quick.is_alive(), log)

# Bad timeout types surface from the underlying lock acquire.
other = threading.Thread(target=release.wait)
other.start()
for bad in ("soon", [1]):
    try:
        other.join(bad)
    except TypeError as e:
        print("TypeError", e)
other.join()
print("done", other.is_alive())
