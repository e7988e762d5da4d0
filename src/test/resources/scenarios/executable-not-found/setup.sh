cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: not-found-exe
        name: Not found
        entry: i-dont-exist-lol
        language: system
Y
git add -A
