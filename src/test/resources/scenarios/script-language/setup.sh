mkdir -p bin
printf '#!/usr/bin/env bash\necho "$@"\necho Hello World\n' > bin/hook.sh; chmod +x bin/hook.sh
cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: bash_hook
        name: Bash hook
        entry: bin/hook.sh
        language: script
        files: \.txt$
        verbose: true
Y
echo a > a.txt
git add -A
