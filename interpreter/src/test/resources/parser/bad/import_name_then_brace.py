import unittest, os, e{rrno
import threading
