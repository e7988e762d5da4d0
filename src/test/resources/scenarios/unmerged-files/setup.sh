cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: t
        name: t
        entry: 'true'
        language: system
Y
echo base > f.txt; git add -A; git commit -qm base
git checkout -q -b other; echo other > f.txt; git commit -qam other
git checkout -q main; echo main > f.txt; git commit -qam main
git merge -q other || true
