cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: a
        name: with files and args
        entry: echo
        args: [some, args]
        language: system
        verbose: true
        files: ^foo\.py$
    -   id: b
        name: args without files
        entry: echo
        args: [some, args]
        pass_filenames: false
        language: system
        verbose: true
        files: ^foo\.py$
    -   id: c
        name: no args no files
        entry: echo
        pass_filenames: false
        language: system
        verbose: true
        files: ^foo\.py$
Y
touch foo.py; git add -A
