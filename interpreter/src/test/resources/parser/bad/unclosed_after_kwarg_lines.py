class M:
    _lop(selop = None

    def get(self):
        return 1
