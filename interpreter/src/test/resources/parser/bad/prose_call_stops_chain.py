It has the following interface (key and data are strings):
