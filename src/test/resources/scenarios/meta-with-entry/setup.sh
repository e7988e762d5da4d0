cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: meta
    hooks:
    -   id: identity
        entry: echo
Y
git add -A
