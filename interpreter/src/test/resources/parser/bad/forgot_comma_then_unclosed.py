[x, y z]
(
