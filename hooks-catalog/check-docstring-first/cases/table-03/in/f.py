"The real docstring"
from __future__ import absolute_import
"fake docstring"
