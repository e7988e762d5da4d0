cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: dup
        name: first name
        name: second name
        entry: 'true'
        language: system
Y
git add -A
