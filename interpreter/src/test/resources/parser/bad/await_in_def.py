def f(): await x
