expected = {0: 0, 1: 1, 6 6, 7: 7}
