# The interpreter does not wait for daemon threads: a daemon thread still blocked when the
# main thread ends is stopped, and its last line never prints. A non-daemon thread that is
# still running at that point is waited for.
import threading

daemon_started = threading.Event()
main_done = threading.Event()
never = threading.Event()


def daemon_worker():
    print("daemon started")
    daemon_started.set()
    never.wait()
    print("daemon finished (never printed)")


def normal_worker():
    main_done.wait()
    print("normal worker finished after main")


threading.Thread(target=daemon_worker, daemon=True).start()
daemon_started.wait()
threading.Thread(target=normal_worker).start()
print("main thread ends; daemons among the others:",
      sorted(t.daemon for t in threading.enumerate() if t is not threading.main_thread()))
main_done.set()
