# A keyword used as a name.
class = "first year"
