# Sending a value other than None to a generator that has not started yet.
def gen():
    received = yield 'ready'
    print('received', received)


g = gen()
print('about to send')
g.send('too early')
print('never printed')
