foo()
  bar()
