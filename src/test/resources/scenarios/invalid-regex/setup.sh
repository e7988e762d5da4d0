cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: r
        name: r
        entry: 'true'
        language: system
        files: '(unclosed'
Y
git add -A
