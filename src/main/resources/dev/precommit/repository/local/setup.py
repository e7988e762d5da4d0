# precommit: the package that `repo: local` python hooks install before their dependencies
from setuptools import setup

setup(name="precommit-local", version="0.1.0", py_modules=[])
