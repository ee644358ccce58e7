if x  # c
  pass
