cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: cjk
        name: 啊あ아 hook with a rather long name that widens the columns of output
        entry: echo ☃
        language: system
    -   id: short
        name: short
        entry: 'true'
        language: system
Y
git add -A
