rm -rf .git
git init -q --bare .
