cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: https://github.com/pre-commit/pre-commit-hooks
    rev: 1.10
    hooks:
    -   id: trailing-whitespace
Y
