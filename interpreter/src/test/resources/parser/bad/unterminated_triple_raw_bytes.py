x = rb'''abc
