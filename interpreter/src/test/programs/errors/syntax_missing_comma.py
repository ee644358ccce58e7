# A missing comma in a list.
items = ["a" "b", c d]
