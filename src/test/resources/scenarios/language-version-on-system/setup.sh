cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: lv
        name: lv
        entry: 'true'
        language: system
        language_version: python3
Y
git add -A
