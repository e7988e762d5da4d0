#!/usr/bin/env python3
"""Records the golden output of each conformance scenario with the reference pre-commit.

usage: PRE_COMMIT=/opt/pc46/bin/pre-commit ./record.py [name ...]

Each scenario directory holds `setup.sh` (run in a fresh `git init` repository), `args` (one
command-line argument per line), optionally `env` (KEY=VALUE lines) and `cwd` (a subdirectory).
This script writes `expected.out` (stdout+stderr, normalised) and `expected.rc`. The Java test
(RunScenariosE2ETest) runs precommit the same way and compares.
"""
import os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.environ.get("PRE_COMMIT", "pre-commit")


def normalise(text, root, home):
    text = text.replace(root, "<root>").replace(home, "<home>")
    return re.sub(r"Check the log at \S+", "Check the log at <log>", text)


def record(name):
    d = os.path.join(HERE, name)
    base = tempfile.mkdtemp()
    root, home = os.path.join(base, "repo"), os.path.join(base, "home")
    os.makedirs(root); os.makedirs(home)
    with open(os.path.join(home, ".gitconfig"), "w") as f:
        f.write("[user]\n\tname = Test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n")
    env = {"PATH": os.environ["PATH"], "HOME": home, "LANG": "C.UTF-8", "TERM": "dumb",
           "GIT_CONFIG_GLOBAL": os.path.join(home, ".gitconfig"), "GIT_CONFIG_NOSYSTEM": "1",
           "PRE_COMMIT_HOME": os.path.join(home, "pc-store"),
           "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z"}
    subprocess.run(["git", "init", "-q"], cwd=root, env=env, check=True)
    subprocess.run(["sh", "-e", os.path.join(d, "setup.sh")], cwd=root, env=env, check=True)
    args = open(os.path.join(d, "args")).read().splitlines()
    if os.path.exists(os.path.join(d, "env")):
        for line in open(os.path.join(d, "env")).read().splitlines():
            k, _, v = line.partition("=")
            env[k] = v
    cwd = root
    if os.path.exists(os.path.join(d, "cwd")):
        cwd = os.path.join(root, open(os.path.join(d, "cwd")).read().strip())
    r = subprocess.run([TOOL] + args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = normalise(r.stdout.decode("utf-8", "surrogateescape"), root, home)
    with open(os.path.join(d, "expected.out"), "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(out)
    with open(os.path.join(d, "expected.rc"), "w") as f:
        f.write(f"{r.returncode}\n")
    shutil.rmtree(base)
    print(f"{name}: rc={r.returncode}")


names = sys.argv[1:] or sorted(n for n in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, n)) and not n.startswith("_"))
for n in names:
    record(n)
