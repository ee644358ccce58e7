class Tests{ (unittest.TestCase):
    pass
