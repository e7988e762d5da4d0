cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: echo
        name: echo
        entry: echo
        language: system
        verbose: true
Y
echo a > a.txt; echo b > b.py; echo c > c.bad
git add -A
