# A missing attribute on a user class.
class C:
    def __init__(self):
        self.y = 1
c = C()
print(c.y)
print(c.x)
