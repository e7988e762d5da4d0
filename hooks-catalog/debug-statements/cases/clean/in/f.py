import os
from foo import bar
