# __reversed__, and str() falling back to __repr__.
class Deck:
    def __init__(self):
        self.cards = ['A', 'K', 'Q']
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __reversed__(self):
        return iter(['reversed', 'by', 'method'])
print(list(reversed(Deck())), list(Deck()), len(Deck()))
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
print(str(OnlyRepr()), f'{OnlyRepr()}', format(OnlyRepr()), '{}'.format(OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return 'only str'
o = OnlyStr()
print(str(o), repr(o).startswith('<__main__.OnlyStr object'), [str(o)])
