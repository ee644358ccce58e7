import sys(
import os
