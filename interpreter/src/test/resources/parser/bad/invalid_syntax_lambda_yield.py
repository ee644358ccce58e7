x = lambda x: yield
