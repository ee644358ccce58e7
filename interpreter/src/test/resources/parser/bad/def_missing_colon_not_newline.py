def f() y:
  pass
