cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: must-have-signoff
        name: 'Must have "Signed off by:"'
        entry: grep -q "Signed off by:"
        language: system
        stages: [commit-msg]
Y
git add -A; echo 'hello' > msg.txt
