match = 1
case = 2
_ = 3
type = 4
match.x = case
print(match, case, _, type)
def match(case): return case
class case: pass
match(1)
x = [match for match in case]
