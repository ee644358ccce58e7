def f(self):
    try:
