# Unbounded mutual recursion through methods.
class Ping:
    def ping(self, pong):
        return pong.pong(self)
class Pong:
    def pong(self, ping):
        return ping.ping(self)
Ping().ping(Pong())
