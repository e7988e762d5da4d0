cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: t
        name: t
        entry: 'true'
        language: nope
Y
git add -A
