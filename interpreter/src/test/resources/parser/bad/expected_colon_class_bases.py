class A(B)
  pass
