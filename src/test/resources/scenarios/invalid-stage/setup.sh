cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: do_not_commit
        name: Block if "DO NOT COMMIT" is found
        entry: DO NOT COMMIT
        language: pygrep
        stages: [invalid]
Y
git add -A
