# A Thread subclass whose __init__ does not call Thread.__init__ cannot be started.
import threading


class Forgetful(threading.Thread):
    def __init__(self, job):
        self.job = job

    def run(self):
        print("never runs", self.job)


t = Forgetful("work")
print("created:", t.job)
t.start()
print("not reached")
