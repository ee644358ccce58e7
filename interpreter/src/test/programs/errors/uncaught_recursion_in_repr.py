# A __repr__ that recurses forever.
class Loop:
    def __repr__(self):
        return 'Loop(' + repr(self) + ')'
print(repr(Loop()))
