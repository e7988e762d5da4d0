cat > .pre-commit-config.yaml <<'Y'
files: ^bar\.py$
repos:
-   repo: meta
    hooks:
    -   id: identity
Y
touch foo.py bar.py; git add -A
