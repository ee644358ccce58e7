# Class-level state shared across instances.
class Account:
    count = 0
    registry = {}
    def __init__(self, owner):
        Account.count += 1
        self.number = Account.count
        self.owner = owner
        Account.registry[self.number] = self
    @classmethod
    def lookup(cls, number):
        return cls.registry[number].owner
for name in ['ann', 'bob', 'cy']:
    Account(name)
print(Account.count, Account.lookup(2), sorted(Account.registry))
