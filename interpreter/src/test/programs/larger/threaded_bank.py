# A bank run by threads: tellers move money between accounts, each account guarded by its own
# lock (always taken in account-number order, so two transfers never deadlock); a withdrawal
# larger than the balance waits on the account's Condition until deposits cover it; a
# Semaphore limits how many tellers work at once; a Barrier ends each business day, where the
# barrier's action audits the books under the bank-wide RLock. Every transfer eventually
# succeeds whatever the scheduling, so the final balances and audits are the same every run.
import threading


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, number, owner, balance):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()
        self.funds_arrived = threading.Condition(self.lock)
        self.history = []

    def deposit_locked(self, amount, note):
        self.balance += amount
        self.history.append((note, amount))
        self.funds_arrived.notify_all()

    def withdraw_locked(self, amount, note):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} cannot cover {amount}")
        self.balance -= amount
        self.history.append((note, -amount))


class Bank:
    def __init__(self, balances, tellers):
        self.accounts = {n: Account(n, owner, b) for n, (owner, b) in enumerate(balances)}
        self.books = threading.RLock()  # held by the auditor; transfers never take it
        self.desk = threading.Semaphore(tellers)
        self.busy = 0
        self.busiest = 0
        self.busy_lock = threading.Lock()
        self.refused = []
        self.audits = []

    def total(self):
        with self.books:
            return sum(a.balance for a in self.accounts.values())

    def transfer(self, src, dst, amount, note):
        first, second = sorted((self.accounts[src], self.accounts[dst]), key=lambda a: a.number)
        with first.lock, second.lock:
            self.accounts[src].withdraw_locked(amount, note)
            self.accounts[dst].deposit_locked(amount, note)

    def withdraw_when_covered(self, number, amount, note):
        account = self.accounts[number]
        with account.funds_arrived:
            account.funds_arrived.wait_for(lambda: account.balance >= amount)
            account.withdraw_locked(amount, note)

    def deposit(self, number, amount, note):
        account = self.accounts[number]
        with account.lock:
            account.deposit_locked(amount, note)

    def serve(self, job):
        with self.desk:
            with self.busy_lock:
                self.busy += 1
                self.busiest = max(self.busiest, self.busy)
            try:
                kind, *args = job
                if kind == "transfer":
                    try:
                        self.transfer(*args)
                    except InsufficientFunds as e:
                        with self.busy_lock:
                            self.refused.append((args[3], str(e)))
                elif kind == "withdraw":
                    self.withdraw_when_covered(*args)
                else:
                    self.deposit(*args)
            finally:
                with self.busy_lock:
                    self.busy -= 1

    def audit(self, day):
        with self.books:
            with self.books:  # re-entrant: total() takes it again
                snapshot = {a.owner: a.balance for a in self.accounts.values()}
                self.audits.append((day, self.total(), snapshot))


OWNERS = [("ann", 500), ("bob", 300), ("cyd", 0), ("dee", 1200)]
TELLERS = 4
DAYS = 3


def day_jobs(day):
    """Each teller's jobs for one day; a late deposit covers every waiting withdrawal."""
    return [
        [("transfer", 0, 1, 50, f"d{day} rent"), ("transfer", 3, 0, 100, f"d{day} salary")],
        [("withdraw", 2, 120, f"d{day} cyd cash"), ("transfer", 1, 3, 20, f"d{day} bob fee")],
        [("transfer", 3, 2, 40, f"d{day} gift"), ("transfer", 2, 1, 5000, f"d{day} too much")],
        [("transfer", 1, 0, 10, f"d{day} lunch"), ("deposit", 2, 80, f"d{day} cyd wages")],
    ]


bank = Bank(OWNERS, tellers=2)
start_total = bank.total()
day_end = threading.Barrier(TELLERS, action=lambda: bank.audit(len(bank.audits) + 1))


def teller(index):
    for day in range(1, DAYS + 1):
        for job in day_jobs(day)[index]:
            bank.serve(job)
        day_end.wait()


threads = [threading.Thread(target=teller, args=(i,), name=f"teller-{i}") for i in range(TELLERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"total before: {start_total}, after: {bank.total()}")
for day, total, snapshot in bank.audits:
    print(f"day {day} audit: total={total} " + " ".join(f"{k}={v}" for k, v in sorted(snapshot.items())))
for account in bank.accounts.values():
    entries = sorted(account.history)
    print(f"{account.owner}: balance {account.balance}, {len(entries)} entries, "
          f"net {sum(amount for _, amount in entries):+}")
print("cyd's history:", sorted(bank.accounts[2].history))
print("refused:", sorted(bank.refused))
print("never more than two tellers at the desk:", bank.busiest <= 2)
print("barrier intact:", not day_end.broken, day_end.n_waiting)

# Misuse surfaces as the usual errors.
try:
    bank.accounts[0].lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    bank.accounts[0].funds_arrived.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
