cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: r
        name: r
        entry: 'true'
        language: system
        files: 0
Y
git add -A
