cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: python-files
        name: python files
        entry: echo
        language: system
        types: [python]
        verbose: true
    -   id: python-not-py3
        name: python but not python3
        entry: echo
        language: system
        types: [python]
        exclude_types: [python3]
        verbose: true
    -   id: py-or-cython
        name: python or cython
        entry: echo
        language: system
        types_or: [python, cython]
        verbose: true
    -   id: symlinks
        name: symlinks
        entry: echo
        language: system
        types: [symlink]
        verbose: true
Y
touch bar.py bar.pxd bar.notpy
printf '#!/usr/bin/env python3\nprint(1)\n' > exe; chmod +x exe
ln -s bar.py link.py
git add -A
