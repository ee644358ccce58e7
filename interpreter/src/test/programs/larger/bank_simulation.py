# A bank simulation: accounts with a transaction log, custom exceptions, transfers that
# roll back on failure, monthly interest and fees, and statements.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f'account {account.number} has {account.balance_text()}, needs {amount / 100:.2f}')
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Transaction:
    def __init__(self, day, kind, amount, balance, note=''):
        self.day, self.kind, self.amount, self.balance, self.note = day, kind, amount, balance, note

    def __str__(self):
        sign = '+' if self.amount >= 0 else '-'
        return f'day {self.day:>2}  {self.kind:<9}{sign}{abs(self.amount) / 100:>10.2f}{self.balance / 100:>11.2f}  {self.note}'


class Account:
    next_number = 1000

    def __init__(self, owner, opening_cents=0):
        Account.next_number += 1
        self.number = Account.next_number
        self.owner = owner
        self.balance = 0
        self.frozen = False
        self.log = []
        if opening_cents:
            self.deposit(0, opening_cents, 'opening deposit')

    def balance_text(self):
        return f'{self.balance / 100:.2f}'

    def _record(self, day, kind, amount, note):
        self.balance += amount
        self.log.append(Transaction(day, kind, amount, self.balance, note))

    def check_open(self):
        if self.frozen:
            raise AccountFrozen(f'account {self.number} is frozen')

    def deposit(self, day, cents, note=''):
        self.check_open()
        if cents <= 0:
            raise ValueError('deposit must be positive')
        self._record(day, 'deposit', cents, note)

    def withdraw(self, day, cents, note=''):
        self.check_open()
        if cents <= 0:
            raise ValueError('withdrawal must be positive')
        if cents > self.available():
            raise InsufficientFunds(self, cents)
        self._record(day, 'withdraw', -cents, note)

    def available(self):
        return self.balance

    def month_end(self, day):
        pass

    def statement(self):
        lines = [f'== {type(self).__name__} {self.number} ({self.owner}) ==']
        lines.extend([str(t) for t in self.log])
        lines.append(f'closing balance {self.balance_text()}')
        return '\n'.join(lines)


class Savings(Account):
    rate_per_month = 0.004

    def month_end(self, day):
        interest = round(self.balance * self.rate_per_month)
        if interest:
            self._record(day, 'interest', interest, f'{self.rate_per_month:.1%}')


class Checking(Account):
    overdraft = 50000
    fee = 1500

    def available(self):
        return self.balance + self.overdraft

    def month_end(self, day):
        if self.balance < 0:
            self._record(day, 'fee', -self.fee, 'overdraft fee')


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.failures = []

    def open(self, cls, owner, cents=0):
        acct = cls(owner, cents)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, day, src, dst, cents):
        src.withdraw(day, cents, f'to {dst.number}')
        try:
            dst.deposit(day, cents, f'from {src.number}')
        except BankError:
            src._record(day, 'reversal', cents, f'transfer to {dst.number} failed')
            raise

    def attempt(self, description, action):
        try:
            action()
            return True
        except (BankError, ValueError) as e:
            self.failures.append(f'{description}: {type(e).__name__}: {e}')
            return False

    def total_deposits(self):
        return sum([a.balance for a in self.accounts.values()])


bank = Bank('Skein Savings & Loan')
alice = bank.open(Savings, 'Alice', 250000)
bob = bank.open(Checking, 'Bob', 12000)
carol = bank.open(Checking, 'Carol')

script = [
    (1, 'bob pays rent', lambda: bob.withdraw(1, 60000, 'rent')),
    (2, 'alice to bob', lambda: bank.transfer(2, alice, bob, 30000)),
    (3, 'carol overdraws', lambda: carol.withdraw(3, 60000, 'laptop')),
    (4, 'bad deposit', lambda: alice.deposit(4, -5)),
    (5, 'carol salary', lambda: carol.deposit(5, 320000, 'salary')),
    (6, 'freeze bob', lambda: setattr(bob, 'frozen', True)),
    (7, 'carol to frozen bob', lambda: bank.transfer(7, carol, bob, 1000)),
    (8, 'bob withdraws while frozen', lambda: bob.withdraw(8, 100)),
    (9, 'unfreeze bob', lambda: setattr(bob, 'frozen', False)),
    (10, 'bob big spend', lambda: bob.withdraw(10, 45000, 'tv')),
    (11, 'bob spends again', lambda: bob.withdraw(11, 40000, 'sofa')),
]
for day, description, action in script:
    ok = bank.attempt(description, action)
    print(f'day {day:>2} {description:<28} {"ok" if ok else "FAILED"}')

for month_end_day in (30, 60):
    for acct in bank.accounts.values():
        acct.month_end(month_end_day)

for acct in bank.accounts.values():
    print(acct.statement())
print('failures:')
for f in bank.failures:
    print(' ', f)
print('total deposits', f'{bank.total_deposits() / 100:,.2f}')
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print('richest', richest.owner, richest.balance_text())
print(sorted([(a.owner, a.balance) for a in bank.accounts.values()], key=lambda t: t[1]))
print(isinstance(InsufficientFunds(alice, 1), BankError), [c.__name__ for c in InsufficientFunds.__mro__][:3])
