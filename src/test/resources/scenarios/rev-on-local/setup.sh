cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    rev: v1
    hooks: []
Y
git add -A
