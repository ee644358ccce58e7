from .deep import describe
