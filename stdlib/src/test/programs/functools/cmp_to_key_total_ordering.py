# cmp_to_key and total_ordering.
from functools import cmp_to_key, total_ordering
def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
print(sorted(['pear', 'fig', 'apple', 'kiwi', 'date'], key=cmp_to_key(by_length_then_reverse_alpha)))
@total_ordering
class Grade:
    order = 'FDCBA'
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)
print(Grade('A') > Grade('B'), Grade('C') >= Grade('C'), Grade('F') <= Grade('D'))
print([g.letter for g in sorted([Grade('B'), Grade('F'), Grade('A')])])
