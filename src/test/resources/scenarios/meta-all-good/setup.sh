cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: meta
    hooks:
    -   id: check-useless-excludes
    -   id: check-hooks-apply
-   repo: local
    hooks:
    -   id: py
        name: python
        entry: 'true'
        language: system
        files: \.py$
        exclude: ^b\.py$
Y
touch a.py b.py; git add -A
