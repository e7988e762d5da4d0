cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: meta
    hooks:
    -   id: identity
Y
mkdir subdir; touch subdir/foo.py; git add -A
