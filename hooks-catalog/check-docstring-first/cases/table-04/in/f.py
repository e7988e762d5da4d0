import os
import sys
"docstring"
