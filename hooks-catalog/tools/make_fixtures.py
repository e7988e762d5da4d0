#!/usr/bin/env python3
"""Writes the fixtures under hooks-catalog/<hook-id>/cases/ from the tables below.

Each case directory holds:
  args      the hook's arguments (options and file names), one per line
  in/       the files before the hook runs
  out/      the files the hook rewrites, as they must be afterwards (absent: unchanged)
  exit      the expected exit code
  output    the expected output, byte for byte (stdout and stderr as pre-commit shows them)
  executable, symlinks   optional: names to chmod +x; "name -> target" links to create

Expected values come from the reference runs of pre-commit-hooks 6.0.0 recorded in the
behaviour spec, and, for the parsers, from CPython's own json, tomllib and xml.sax (expat)
run right here. Run it from the repository root: python3 hooks-catalog/tools/make_fixtures.py
"""
import json
import os
import shutil
import sys
import tomllib
import xml.sax

ROOT = os.path.join(os.path.dirname(__file__), '..')
CASES = []


def case(hook, name, files, exit, output=b'', args=(), after=None, names=None,
         executable=(), symlinks=()):
    CASES.append(dict(hook=hook, name=name, files=files, exit=exit,
                      output=output, args=list(args), after=after or {},
                      names=names, executable=executable, symlinks=symlinks))


def b(s):
    return s.encode() if isinstance(s, str) else s


# ---- end-of-file-fixer (spec §6 table) ----
for i, (inp, code, res) in enumerate([
        (b'foo\n', 0, b'foo\n'), (b'', 0, b''), (b'\n\n', 1, b''),
        (b'\n\n\n\n', 1, b''), (b'foo', 1, b'foo\n'), (b'foo\n\n\n', 1, b'foo\n'),
        ('\u2603'.encode(), 1, '\u2603\n'.encode()), (b'foo\r\n', 0, b'foo\r\n'),
        (b'foo\r\n\r\n\r\n', 1, b'foo\r\n'), (b'foo\r', 0, b'foo\r'),
        (b'foo\r\r\r\r', 1, b'foo\r'), (b'foo\r\n\n', 1, b'foo\r\n'),
        (b'foo\n\r\n', 1, b'foo\n'), (b'foo\n\r', 1, b'foo\n'),
        (b'foo\r\r\n', 1, b'foo\r'), (b'foo\n  \n', 0, b'foo\n  \n'),
        (b'  ', 1, b'  \n'), (b'\n', 1, b''), (b'\x00\xff\xfe', 1, b'\x00\xff\xfe\n'),
        (b'\xef\xbb\xbfbom', 1, b'\xef\xbb\xbfbom\n')]):
    case('end-of-file-fixer', f'table-{i:02d}', {'f.txt': inp}, code,
         b'Fixing f.txt\n' if code else b'', after={'f.txt': res} if res != inp else {})

# ---- trailing-whitespace ----
tw = 'trailing-whitespace'
case(tw, 'fixes-markdown-without-args', {'file.md': b'foo \nbar \n'}, 1, b'Fixing file.md\n',
     after={'file.md': b'foo\nbar\n'})
case(tw, 'tabs', {'f.txt': b'bar\t\nbaz\t\n'}, 1, b'Fixing f.txt\n', after={'f.txt': b'bar\nbaz\n'})
case(tw, 'no-final-newline-clean', {'f.txt': b'foo\nbar'}, 0)
case(tw, 'crlf-clean', {'f.txt': b'foo\r\nbar\r\nbaz\r\n'}, 0)
case(tw, 'crlf-kept', {'f.txt': b'foo \r\nbar\t\r\n'}, 1, b'Fixing f.txt\n', after={'f.txt': b'foo\r\nbar\r\n'})
for ext in ['md', 'Md', '.md', '*']:
    case(tw, f'markdown-ext-{ext.replace("*", "star").replace(".", "dot")}',
         {'test.md': b'foo  \nbar \nbaz    \n\t\n\n  '}, 1, b'Fixing test.md\n',
         args=[f'--markdown-linebreak-ext={ext}'],
         after={'test.md': b'foo  \nbar\nbaz  \n\n\n'})
case(tw, 'markdown-needs-extension', {'test.txt': b'foo  \n'}, 1, b'Fixing test.txt\n',
     args=['--markdown-linebreak-ext=md'], after={'test.txt': b'foo\n'})
case(tw, 'name-ending-in-dot-is-markdown-by-default', {'a.': b'foo  \n'}, 0)
USAGE_TW = (b'usage: trailing-whitespace-fixer [-h]\n'
            b'                                 [--markdown-linebreak-ext *|EXT[,EXT,...]]\n'
            b'                                 [--chars CHARS]\n'
            b'                                 [filenames ...]\n')
case(tw, 'ext-missing-value', {'f.txt': b'x\n'}, 2,
     USAGE_TW + b'trailing-whitespace-fixer: error: argument --markdown-linebreak-ext: expected one argument\n',
     args=['--markdown-linebreak-ext', '--'])
case(tw, 'ext-with-dot', {'f.txt': b'x\n'}, 2,
     USAGE_TW + b"trailing-whitespace-fixer: error: bad --markdown-linebreak-ext extension '.a.b' (has . / \\ :)\n"
     b"  (probably filename; use '--markdown-linebreak-ext=EXT')\n",
     args=['--markdown-linebreak-ext=a.b'])
case(tw, 'ext-with-slash', {'f.txt': b'x\n'}, 2,
     USAGE_TW + b"trailing-whitespace-fixer: error: bad --markdown-linebreak-ext extension '.a/b' (has . / \\ :)\n"
     b"  (probably filename; use '--markdown-linebreak-ext=EXT')\n",
     args=['--markdown-linebreak-ext=a/b'])
case(tw, 'ext-empty', {'f.txt': b'x\n'}, 2,
     USAGE_TW + b'trailing-whitespace-fixer: error: --markdown-linebreak-ext requires a non-empty argument\n',
     args=['--markdown-linebreak-ext='])
case(tw, 'no-markdown-linebreak-ext-does-nothing', {'f.txt': b''}, 0,
     b'--no-markdown-linebreak-ext now does nothing!\n', args=['--no-markdown-linebreak-ext'])
case(tw, 'non-utf8', {'f.html': b'<a>\xe9 \n</a>\n'}, 1, b'Fixing f.html\n', after={'f.html': b'<a>\xe9\n</a>\n'})
case(tw, 'chars-space', {'f.txt': b'\ta \t \n'}, 1, b'Fixing f.txt\n', args=['--chars', ' '],
     after={'f.txt': b'\ta \t\n'})
case(tw, 'chars-space-clean', {'f.txt': b'\ta \t\n'}, 0, args=['--chars', ' '])
case(tw, 'chars-markdown-star', {'file.md': b'\ta \t   \n'}, 1, b'Fixing file.md\n',
     args=['--chars', ' ', '--markdown-linebreak-ext', '*'], after={'file.md': b'\ta \t  \n'})
case(tw, 'lone-cr-is-not-a-line-end', {'f.txt': b'foo\rbar \r'}, 1, b'Fixing f.txt\n', after={'f.txt': b'foo\rbar'})
case(tw, 'cr-before-crlf', {'f.txt': b'a \r\r\n'}, 1, b'Fixing f.txt\n', after={'f.txt': b'a\r\n'})
case(tw, 'bom-and-empty', {'e.txt': b'', 'bom.txt': b'\xef\xbb\xbfx \n'}, 1, b'Fixing bom.txt\n',
     after={'bom.txt': b'\xef\xbb\xbfx\n'})
case(tw, 'unknown-option', {'f.txt': b'x\n'}, 2,
     USAGE_TW + b'trailing-whitespace-fixer: error: unrecognized arguments: --bogus-flag\n',
     args=['--bogus-flag'])
case(tw, 'option-after-file-is-an-error', {'f.txt': b'x \n'}, 2,
     USAGE_TW + b'trailing-whitespace-fixer: error: unrecognized arguments: f.txt\n',
     names=['f.txt', '--chars', ' ', 'f.txt'])

# ---- mixed-line-ending (spec §6 table) ----
ml = 'mixed-line-ending'
for i, (inp, args, code, res) in enumerate([
        (b'foo\r\nbar\nbaz\n', [], 1, b'foo\nbar\nbaz\n'),
        (b'foo\r\nbar\nbaz\r\n', [], 1, b'foo\r\nbar\r\nbaz\r\n'),
        (b'foo\rbar\nbaz\r', [], 1, b'foo\rbar\rbaz\r'),
        (b'foo\r\nbar\n', [], 1, b'foo\nbar\n'),
        (b'foo\rbar\n', [], 1, b'foo\nbar\n'),
        (b'foo\r\nbar\r', [], 1, b'foo\r\nbar\r\n'),
        (b'foo\r\nbar\nbaz\r', [], 1, b'foo\nbar\nbaz\n'),
        (b'foo\nbar\nbaz', [], 0, None),
        (b'foo\r\nbar\nbaz', [], 1, b'foo\nbar\nbaz\n'),
        (b'foo\r\nbar\r\n', ['--fix=auto'], 0, None),
        (b'foo\rbar\r', ['--fix=auto'], 0, None),
        (b'foo\r\nbar\r\nbaz\r\n', ['--fix=crlf'], 0, None),
        (b'foo\nbar\nbaz\n', ['--fix=lf'], 0, None),
        (b'foo\r\nbar\rbaz\nwomp\n', ['--fix=no'], 1, None),
        (b'foo\r\nbar\rbaz\n', ['--fix=lf'], 1, b'foo\nbar\nbaz\n'),
        (b'foo\r\nbar\rbaz\n', ['--fix=crlf'], 1, b'foo\r\nbar\r\nbaz\r\n'),
        (b'foo\r\nbar\r\n', ['--fix=lf'], 1, b'foo\nbar\n'),
        (b'a\nb', ['-fcrlf'], 1, b'a\r\nb\r\n'),
        (b'a\r\r\nb\n', [], 1, b'a\n\nb\n'),
        (b'a\x0bb\x0cc\x85\n', [], 0, None)]):
    msg = b''
    if code:
        msg = b'f.txt: mixed line endings\n' if args == ['--fix=no'] else b'f.txt: fixed mixed line endings\n'
    case(ml, f'table-{i:02d}', {'f.txt': inp}, code, msg, args=args,
         after={'f.txt': res} if res is not None and res != inp else {})
case(ml, 'invalid-choice', {'f.txt': b''}, 2,
     b'usage: mixed-line-ending [-h] [-f {auto,no,cr,crlf,lf}] [filenames ...]\n'
     b"mixed-line-ending: error: argument -f/--fix: invalid choice: 'bogus' (choose from 'auto', 'no', 'cr', 'crlf', 'lf')\n",
     args=['--fix=bogus'])

# ---- file-contents-sorter (spec §6 table) ----
fc = 'file-contents-sorter'
for i, (inp, args, code, res) in enumerate([
        (b'', [], 0, b''), (b'\n', [], 1, b''), (b'\n\n', [], 1, b''),
        (b'lonesome\n', [], 0, None), (b'missing_newline', [], 1, b'missing_newline\n'),
        (b'newline\nmissing', [], 1, b'missing\nnewline\n'),
        (b'missing\nnewline', [], 1, b'missing\nnewline\n'),
        (b'alpha\nbeta\n', [], 0, None), (b'beta\nalpha\n', [], 1, b'alpha\nbeta\n'),
        (b'C\nc\n', [], 0, None), (b'c\nC\n', [], 1, b'C\nc\n'),
        (b'mag ical \n tre vor\n', [], 1, b' tre vor\nmag ical \n'),
        (b'@\n-\n_\n#\n', [], 1, b'#\n-\n@\n_\n'),
        (b'extra\n\n\nwhitespace\n', [], 1, b'extra\nwhitespace\n'),
        (b'whitespace\n\n\nextra\n', [], 1, b'extra\nwhitespace\n'),
        (b'fee\nFie\nFoe\nfum\n', [], 1, b'Fie\nFoe\nfee\nfum\n'),
        (b'Fie\nFoe\nfee\nfum\n', [], 0, None),
        (b'fee\nFie\nFoe\nfum\n', ['--ignore-case'], 0, None),
        (b'Fie\nFoe\nfee\nfum\n', ['--ignore-case'], 1, b'fee\nFie\nFoe\nfum\n'),
        (b'Fie\nFoe\nfee\nfee\nfum\n', ['--ignore-case'], 1, b'fee\nfee\nFie\nFoe\nfum\n'),
        (b'Fie\nFoe\nfee\nfum\n', ['--unique'], 0, None),
        (b'Fie\nFie\nFoe\nfee\nfum\n', ['--unique'], 1, b'Fie\nFoe\nfee\nfum\n'),
        (b'b\r\na\r\n', [], 1, b'a\nb\n'),
        (b'b\rc\ra\r', [], 1, b'b\rc\ra\n')]):
    case(fc, f'table-{i:02d}', {'f.txt': inp}, code, b'Sorting f.txt\n' if code else b'',
         args=args, after={'f.txt': res} if res is not None and res != inp else {})
case(fc, 'exclusive-options', {'f.txt': b'a\n'}, 2,
     b'usage: file-contents-sorter [-h] [--ignore-case | --unique]\n'
     b'                            filenames [filenames ...]\n'
     b'file-contents-sorter: error: argument --ignore-case: not allowed with argument --unique\n',
     args=['--unique', '--ignore-case'])
case(fc, 'needs-a-file', {}, 2,
     b'usage: file-contents-sorter [-h] [--ignore-case | --unique]\n'
     b'                            filenames [filenames ...]\n'
     b'file-contents-sorter: error: the following arguments are required: filenames\n', names=[])

# ---- requirements-txt-fixer (spec §6 table) ----
rq = 'requirements-txt-fixer'
for i, (inp, code, res) in enumerate([
        (b'', 0, None), (b'\n', 0, None), (b'# intentionally empty\n', 0, None),
        (b'foo\n# comment at end\n', 0, None), (b'foo\nbar\n', 1, b'bar\nfoo\n'),
        (b'bar\nfoo\n', 0, None), (b'a\nc\nb\n', 1, b'a\nb\nc\n'), (b'a\nc\nb', 1, b'a\nb\nc\n'),
        (b'a\nb\nc', 1, b'a\nb\nc\n'),
        (b'#comment1\nfoo\n#comment2\nbar\n', 1, b'#comment2\nbar\n#comment1\nfoo\n'),
        (b'#comment1\nbar\n#comment2\nfoo\n', 0, None),
        (b'#comment\n\nfoo\nbar\n', 1, b'#comment\n\nbar\nfoo\n'),
        (b'#comment\n\nbar\nfoo\n', 0, None),
        (b'foo\n\t#comment with indent\nbar\n', 1, b'\t#comment with indent\nbar\nfoo\n'),
        (b'bar\n\t#comment with indent\nfoo\n', 0, None),
        (b'\nfoo\nbar\n', 1, b'bar\n\nfoo\n'), (b'\nbar\nfoo\n', 0, None),
        (b'pyramid-foo==1\npyramid>=2\n', 1, b'pyramid>=2\npyramid-foo==1\n'),
        (b'a==1\nc>=1\nbbbb!=1\nc-a>=1;python_version>="3.6"\ne>=2\nd>2\ng<2\nf<=2\n', 1,
         b'a==1\nbbbb!=1\nc>=1\nc-a>=1;python_version>="3.6"\nd>2\ne>=2\nf<=2\ng<2\n'),
        (b'a==1\nb==1\na==1\n', 1, b'a==1\nb==1\n'),
        (b'a==1\nb==1\n#comment about a\na==1\n', 1, b'#comment about a\na==1\nb==1\n'),
        (b'ocflib\nDjango\nPyMySQL\n', 1, b'Django\nocflib\nPyMySQL\n'),
        (b'-e git+ssh://git_url@tag#egg=ocflib\nDjango\nPyMySQL\n', 1,
         b'Django\n-e git+ssh://git_url@tag#egg=ocflib\nPyMySQL\n'),
        (b'bar\npkg-resources==0.0.0\nfoo\n', 1, b'bar\nfoo\n'),
        (b'foo\npkg_resources==0.0.0\nbar\n', 1, b'bar\nfoo\n'),
        (b'git+ssh://git_url@tag#egg=ocflib\nDjango\nijk\n', 1,
         b'Django\nijk\ngit+ssh://git_url@tag#egg=ocflib\n'),
        (b'b==1.0.0\nc=2.0.0 \\\n --hash=sha256:abcd\na=3.0.0 \\\n  --hash=sha256:a1b1c1d1', 1,
         b'a=3.0.0 \\\n  --hash=sha256:a1b1c1d1\nb==1.0.0\nc=2.0.0 \\\n --hash=sha256:abcd\n'),
        (b'a=2.0.0 \\\n --hash=sha256:abcd\nb==1.0.0\n', 0, None),
        (b'b\r\na\r\n', 1, b'a\r\nb\r\n'), (b'Foo==1\nfoo==2\n', 0, None),
        (b'-r other.txt\n--index-url x\nb\na\n', 1, b'--index-url x\n-r other.txt\na\nb\n'),
        (b'a \\\n#comment\nb\nc\n', 1, b'#comment\na \\\nb\nc\n'),
        (b'b\n#c\na\n#c\na\n', 1, b'#c\na\n#c\nb\n'),
        (b'x[extra]>=1\nx-y\nx\n', 1, b'x\nx-y\nx[extra]>=1\n'),
        (b'pkg-resources==0.0.0\n', 1, b'')]):
    case(rq, f'table-{i:02d}', {'requirements.txt': inp}, code,
         b'Sorting requirements.txt\n' if code else b'',
         after={'requirements.txt': res} if res is not None and res != inp else {})

# ---- sort-simple-yaml ----
sy = 'sort-simple-yaml'
for i, (lines, code, res) in enumerate([
        (['c: true', '', 'b: 42', 'a: 19'], 1, ['b: 42', 'a: 19', '', 'c: true']),
        (['# i am', '# a header', '', 'c: true', '', 'b: 42', 'a: 19'], 1,
         ['# i am', '# a header', '', 'b: 42', 'a: 19', '', 'c: true']),
        (['# i am', '# a header', '', 'already: sorted', '', 'yup: i am'], 0, None),
        (['# i am', '# a header'], 0, None),
        (['# comment', 'a: 1'], 1, ['# comment', '', 'a: 1'])]):
    inp = ('\n'.join(lines) + '\n').encode()
    case(sy, f'table-{i:02d}', {'f.yaml': inp}, code, b'Fixing file `f.yaml`\n' if code else b'',
         after={'f.yaml': ('\n'.join(res) + '\n').encode()} if res else {})
case(sy, 'just-a-newline-is-always-fixed', {'f.yaml': b'\n'}, 1, b'Fixing file `f.yaml`\n')
case(sy, 'sorted-with-crlf-left-alone', {'f.yaml': b'a: 1  \r\n\r\nb: 2\r\n'}, 0)
case(sy, 'no-final-newline-left-alone', {'f.yaml': b'a: 1'}, 0)
case(sy, 'quoted-first-key', {'f.yaml': b'"b": 1\n\n"a": 2\n'}, 1, b'Fixing file `f.yaml`\n',
     after={'f.yaml': b'"a": 2\n\n"b": 1\n'})

# ---- fix-byte-order-marker ----
case('fix-byte-order-marker', 'removes-bom', {'f.txt': b'\xef\xbb\xbfohai\n'}, 1,
     b'f.txt: removed byte-order marker\n', after={'f.txt': b'ohai\n'})
case('fix-byte-order-marker', 'keeps-second-bom', {'f.txt': b'\xef\xbb\xbf\xef\xbb\xbfx'}, 1,
     b'f.txt: removed byte-order marker\n', after={'f.txt': b'\xef\xbb\xbfx'})
case('fix-byte-order-marker', 'no-bom', {'f.txt': b'ohai\n', 'e.txt': b''}, 0)

# ---- detect-private-key ----
dk = 'detect-private-key'
for i, marker in enumerate([
        'BEGIN RSA PRIVATE KEY', 'BEGIN DSA PRIVATE KEY', 'BEGIN EC PRIVATE KEY',
        'BEGIN OPENSSH PRIVATE KEY', 'BEGIN PRIVATE KEY', 'PuTTY-User-Key-File-2',
        'BEGIN SSH2 ENCRYPTED PRIVATE KEY', 'BEGIN PGP PRIVATE KEY BLOCK',
        'BEGIN ENCRYPTED PRIVATE KEY', 'BEGIN OpenVPN Static key V1']):
    case(dk, f'marker-{i:02d}', {'key': f'-----{marker}-----\nxyz\n'.encode()}, 1, b'Private key found: key\n')
case(dk, 'public-keys-and-binary', {'a': b'ssh-rsa DATA\n', 'b': b'ssh-dsa DATA\n', 'c': b'\xa2\xf1\x93\x12'}, 0)
case(dk, 'reported-after-all-files-in-order', {'z': b'BEGIN PRIVATE KEY', 'a': b'x', 'm': b'BEGIN RSA PRIVATE KEY'}, 1,
     b'Private key found: z\nPrivate key found: m\n')

# ---- check-merge-conflict (with --assume-in-merge: no merge in the fixture repo) ----
mc = 'check-merge-conflict'
case(mc, 'markers', {'f1': b'<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> main\n'}, 1,
     b"f1:1: Merge conflict string '<<<<<<<' found\nf1:3: Merge conflict string '=======' found\n"
     b"f1:5: Merge conflict string '>>>>>>>' found\n", args=['--assume-in-merge'])
case(mc, 'crlf-markers', {'f1': b'<<<<<<< a\r\n=======\r\n======= x\r\n'}, 1,
     b"f1:1: Merge conflict string '<<<<<<<' found\nf1:2: Merge conflict string '=======' found\n"
     b"f1:3: Merge conflict string '=======' found\n", args=['--assume-in-merge'])
case(mc, 'not-markers', {'f1': b'# <<<<<<< HEAD\n# =======\nimport mod\n<<<<<<<\n=======', 'e': b''}, 0,
     args=['--assume-in-merge'])
case(mc, 'outside-a-merge', {'f1': b'problem\n=======\n'}, 0)

# ---- check-vcs-permalinks ----
vp = 'check-vcs-permalinks'
case(vp, 'flags-branch-links', {'f.txt': b'https://github.com/asottile/test/blob/main/foo#L1\n'
                                          b'https://example.com/asottile/test/blob/main/foo#L1\n'}, 1,
     b'f.txt:1:https://github.com/asottile/test/blob/main/foo#L1\n'
     b'f.txt:2:https://example.com/asottile/test/blob/main/foo#L1\n\n'
     b'Non-permanent github link detected.\nOn any page on github press [y] to load a permalink.\n',
     args=['--additional-github-domain', 'example.com'])
case(vp, 'permalinks-pass', {'f.txt': b'https://github.com/asottile/test/blob/649e6/foo%20bar#L1\n'
                                       b'https://github.com/asottile/test/blob/1.0.0/foo%20bar#L1\n'
                                       b'https://github.com/asottile/test/blob/main/foo%20bar\n'
                                       b'https://github.com/ yes / no ? /blob/main/foo#L1\n'}, 0)
case(vp, 'short-hex-and-dot-domain', {'f.txt': b'https://github.com/a/b/blob/abc/x#L1\nhttps://githubXcom/a/b/blob/main/x#L1'}, 1,
     b'f.txt:1:https://github.com/a/b/blob/abc/x#L1\nf.txt:2:https://githubXcom/a/b/blob/main/x#L1\n'
     b'Non-permanent github link detected.\nOn any page on github press [y] to load a permalink.\n')

# ---- name-tests-test ----
nt = 'name-tests-test'
case(nt, 'pytest-pass', {'foo_test.py': b'', 'bar_test.py': b''}, 0)
case(nt, 'pytest-fail', {'not_test_ending.py': b'', 'foo_test.py': b''}, 1,
     b'not_test_ending.py does not match pattern ".*_test\\.py"\n')
case(nt, 'django', {'tests.py': b'', 'test_foo.py': b'', 'test_bar.py': b'', 'tests/test_baz.py': b''}, 0, args=['--django'])
case(nt, 'django-fail', {'tests/not_test_ending.py': b''}, 1,
     b'tests/not_test_ending.py does not match pattern "test.*\\.py"\n', args=['--django'])
case(nt, 'test-first', {'test_foo.py': b'', 'foo_test.py': b''}, 1,
     b'foo_test.py does not match pattern "test_.*\\.py"\n', args=['--pytest-test-first'])
case(nt, 'init-and-conftest', {'tests/__init__.py': b'', 'tests/conftest.py': b''}, 0)
case(nt, 'exclusive-group', {'test_foo.py': b''}, 2,
     b'usage: name-tests-test [-h] [--pytest | --pytest-test-first | --django]\n'
     b'                       [filenames ...]\n'
     b'name-tests-test: error: argument --pytest: not allowed with argument --django/--unittest\n',
     args=['--django', '--pytest'])

# ---- check-symlinks ----
case('check-symlinks', 'broken-and-good', {'f': b'x'}, 1, b'dangling: Broken symlink\n',
     names=['good', 'dangling', 'f'], symlinks=['good -> f', 'dangling -> missing'])

# ---- check-executables-have-shebangs (core.fileMode true: files as given) ----
ex = 'check-executables-have-shebangs'
case(ex, 'shebangs-pass', {'a': b'#!/bin/bash\nhello world\n', 'b': b'#!/usr/bin/env python3.6',
                            'c': b'#!python', 'd': '#!\u2603'.encode()}, 0, executable=['a', 'b', 'c', 'd'])
for i, content in enumerate([b'', b' #!python\n', b'\n#!python\n', b'python\n', '\u2603'.encode()]):
    case(ex, f'no-shebang-{i}', {'f': content}, 1,
         b"f: marked executable but has no (or invalid) shebang!\n"
         b"  If it isn't supposed to be executable, try: `chmod -x f`\n"
         b"  If on Windows, you may also need to: `git add --chmod=-x f`\n"
         b"  If it is supposed to be executable, double-check its shebang.\n", executable=['f'])
case(ex, 'quoted-name', {"it's.sh": b'echo\n'}, 1,
     b"it's.sh: marked executable but has no (or invalid) shebang!\n"
     b"  If it isn't supposed to be executable, try: `chmod -x 'it'\"'\"'s.sh'`\n"
     b"  If on Windows, you may also need to: `git add --chmod=-x 'it'\"'\"'s.sh'`\n"
     b"  If it is supposed to be executable, double-check its shebang.\n", executable=["it's.sh"])

# ---- check-shebang-scripts-are-executable (the fixture repo stages every input) ----
se = 'check-shebang-scripts-are-executable'
case(se, 'not-executable', {"it's.sh": b'#!/bin/sh\n', 'plain': b'x', 'ok': b'#!/bin/sh\n'}, 1,
     b"it's.sh: has a shebang but is not marked executable!\n"
     b"  If it is supposed to be executable, try: `chmod +x 'it'\"'\"'s.sh'`\n"
     b"  If on Windows, you may also need to: `git add --chmod=+x 'it'\"'\"'s.sh'`\n"
     b"  If it is not supposed to be executable, double-check its shebang is wanted.\n\n",
     names=["it's.sh", 'plain', 'ok'], executable=['ok'])

# ---- check-added-large-files (the fixture repo stages every input) ----
al = 'check-added-large-files'
case(al, 'over-the-limit', {'big': b'a' * 10000}, 1, b'big (10 KB) exceeds 9 KB.\n', args=['--maxkb=9'])
case(al, 'at-the-limit', {'big': b'a' * 10000}, 0, args=['--maxkb', '10'])
case(al, 'prefix-and-underscores', {'big': b'a' * 1025}, 1, b'big (2 KB) exceeds 1 KB.\n', args=['--max= 0_1'])
case(al, 'default-limit', {'big': b'a' * 10000, 'empty': b''}, 0)
case(al, 'invalid-int', {'big': b''}, 2,
     b'usage: check-added-large-files [-h] [--enforce-all] [--maxkb MAXKB]\n'
     b'                               [filenames ...]\n'
     b"check-added-large-files: error: argument --maxkb: invalid int value: 'x'\n", args=['--maxkb=x'])

# ---- check-case-conflict ----
case('check-case-conflict', 'conflicts', {'f.py': b'', 'F.py': b'', 'g.py': b''}, 1,
     b'Case-insensitivity conflict found: F.py\nCase-insensitivity conflict found: f.py\n')
case('check-case-conflict', 'directories', {'dir/x': b'', 'DIR/y': b''}, 1,
     b'Case-insensitivity conflict found: DIR\nCase-insensitivity conflict found: dir\n')
case('check-case-conflict', 'none', {'a': b'', 'b/c': b''}, 0)

# ---- check-json: expectations from CPython's json (with the hook's duplicate check) ----
def json_expect(name, data):
    def hook(pairs):
        seen = set()
        for k, _ in pairs:
            if k in seen:
                raise ValueError(f'Duplicate key: {k}')
            seen.add(k)
        return dict(pairs)
    try:
        json.loads(data, object_pairs_hook=hook)
    except ValueError as e:
        return 1, f'{name}: Failed to json decode ({e})\n'.encode()
    return 0, b''


for i, data in enumerate([
        b'{"a": 1, "a": 2}', b'{"a": {"b":1,"b":2}, "a": 3}', b'{"a":1,"a":2} x', b'{"a": 1} x',
        b'[1]\n[2]', b'', b'[1,]', b'{"a":1,}', b"{'a': 1}", b'{"a" 1}', b'[1, 2', b'[01]',
        b'{"a": "b', b'{"a": "x\ty"}', b'"\\x"', b'"\\u12"', b'{\n  "a": tru\n}',
        '"\u00e9\u00e9" x'.encode(), b'\x0c[1]', b'\xef\xbb\xbf\xef\xbb\xbf[1]', b'\xa9\xfe\x12',
        b'1' * 5000, b'{"a": NaN, "b": Infinity, "c": -Infinity}', b'\xef\xbb\xbf{"a": 1}',
        b'"\\ud800"', b'"\xed\xa0\x80"', '[1]'.encode('utf-16'), b'  \n[1]\n\n  ',
        b'[1e5, -0, 1.5e300, 1e400, "\\ud83e\\udd17"]', b'{"\xc3\xa9": [true, false, null]}',
        b'[1e, 2]', b'-', b'[-]', b'"a\\', b'{"a":1 "b":2}', b'{"a":}', b'[1 2]', b'"\\ud800\\u12"',
        b'\xe2\x98', b'{\r\n"a": 1,\r\n"a": [}\r\n']):
    code, out = json_expect('f.json', data)
    case('check-json', f'cpython-{i:02d}', {'f.json': data}, code, out)

# ---- pretty-format-json ----
pj = 'pretty-format-json'
PRETTY = b'{\n  "alist": [\n    2,\n    34,\n    234\n  ],\n  "blah": null,\n  "foo": "bar"\n}\n'
NOT_PRETTY = b'{\n    "foo":\n    "bar",\n        "alist": [2, 34, 234],\n  "blah": null\n}\n'
case(pj, 'not-pretty-diff', {'f.json': NOT_PRETTY}, 1,
     b'--- f.json\n+++ f.json\n@@ -1,6 +1,9 @@\n {\n-    "foo":\n-    "bar",\n-        "alist": [2, 34, 234],\n'
     b'-  "blah": null\n+  "alist": [\n+    2,\n+    34,\n+    234\n+  ],\n+  "blah": null,\n+  "foo": "bar"\n }\n')
case(pj, 'autofix', {'f.json': NOT_PRETTY}, 1, b'Fixing file f.json\n', args=['--autofix'], after={'f.json': PRETTY})
case(pj, 'pretty-passes', {'f.json': PRETTY}, 0)
case(pj, 'crlf-pretty-passes', {'f.json': PRETTY.replace(b'\n', b'\r\n')}, 0)
case(pj, 'no-newline', {'p1.json': b'{ "a": "b" }'}, 1,
     b'--- p1.json\n+++ p1.json\n@@ -1 +1,3 @@\n-{ "a": "b" }+{\n+  "a": "b"\n+}\n')
case(pj, 'empty-list-no-newline', {'p.json': b'[]'}, 1, b'--- p.json\n+++ p.json\n@@ -1 +1 @@\n-[]+[]\n')
case(pj, 'invalid-then-fixed', {'bad.json': b'// not json\n', 'f.json': NOT_PRETTY}, 1,
     b'Input File bad.json is not a valid JSON, consider using check-json\nFixing file f.json\n',
     args=['--autofix'], after={'f.json': PRETTY})
case(pj, 'top-keys-tab-and-duplicates',
     {'r.json': '{"b": 1, "a": 1, "c": {"y": [], "x": [1, {"k": true}]}, "h": "\u00e9\U0001f917\\u00e9\\/", "a": 3, "a": 2, "n": null, "e": 1.5e300, "big": 1e400}\n'.encode()},
     1, b'Fixing file r.json\n', args=['--top-keys=h,zz,c', '--indent=\t', '--autofix'],
     after={'r.json': b'{\n\t"h": "\\u00e9\\ud83e\\udd17\\u00e9/",\n\t"c": {\n\t\t"x": [\n\t\t\t1,\n\t\t\t{\n\t\t\t\t"k": true\n'
                      b'\t\t\t}\n\t\t],\n\t\t"y": []\n\t},\n\t"a": 3,\n\t"b": 1,\n\t"big": Infinity,\n\t"e": 1.5e+300,\n\t"n": null\n}\n'})
case(pj, 'no-sort-keys-zero-indent',
     {'r.json': b'{"b": 1, "a": 1, "a": 3, "a": 2}\n'}, 1, b'Fixing file r.json\n',
     args=['--indent=0', '--no-sort-keys', '--autofix'], after={'r.json': b'{\n"b": 1,\n"a": 2\n}\n'})
case(pj, 'no-ensure-ascii', {'u.json': '{\n  "a": "\u00e9\U0001f917"\n}\n'.encode()}, 0, args=['--no-ensure-ascii'])
case(pj, 'ambiguous-prefix', {'u.json': b'{}'}, 2,
     b'usage: pretty-format-json [-h] [--autofix] [--indent INDENT]\n'
     b'                          [--no-ensure-ascii] [--no-sort-keys]\n'
     b'                          [--top-keys TOP_KEYS]\n'
     b'                          [filenames ...]\n'
     b'pretty-format-json: error: ambiguous option: --no could match --no-ensure-ascii, --no-sort-keys\n',
     args=['--no'])
case(pj, 'floats', {'f.json': b'[1E5, 0.0001, 1e16, 1e-5, 1e-07, 1000000000000000.0, 1.1, -0.0, -0]\n'}, 1,
     b'Fixing file f.json\n', args=['--autofix'],
     after={'f.json': b'[\n  100000.0,\n  0.0001,\n  1e+16,\n  1e-05,\n  1e-07,\n  1000000000000000.0,\n  1.1,\n  -0.0,\n  0\n]\n'})

# ---- check-toml: expectations from CPython's tomllib ----
def toml_expect(name, data):
    try:
        tomllib.loads(data.decode())
    except tomllib.TOMLDecodeError as e:
        return 1, f'{name}: {e}\n'.encode()
    return 0, b''


for i, data in enumerate([
        b'\nkey = # INVALID\n\n= "no key name"  # INVALID\n', b'a = 1\na = 2\n', b'[t]\nx=1\n[t]\n',
        b'a = 1 b = 2\n', b'a = [1,2\n', b'\xef\xbb\xbfa = 1\n', b'a = 1\rb = 2\n', b'a = """\n\x01"""\n',
        b'd = 1979-05-27T25:00:00Z\n', b'', b'a = 1\r\nb = [\r\n 1,\r\n]\r\n', b'a = "x\ty"',
        b'a = {b = 1, b = 2}\n', b'a = {b = 1\n', b'a = "\\q"\n', b'a = "\\uZZZZ"\n', b'a = "\\uD800"\n',
        b'd = 2021-02-30\n', b'a.b = 1\n[a]\n', b'[a]\nb.c = 1\n[a.b]\n', b'x = [1]\n[[x]]\n',
        b'[[a]]\nb = 1\n[[a]]\nb = 2\n[a.c]\n', b'a = {x = 1}\n[a]\n', b'a = {x = {y = 1}, x.z = 2}\n',
        b'# c\x01omment\n', b"a = '''x\n", b'a = """x', b'a = 0x_1\n', b'a = 1__0\n', b'a = inf\nb = -nan\n',
        b'[a\n', b'[[a]\n', b'a = "unterminated\n', b'"a\xc3\xa9" = 1\n\xc3\xa9 = 2\n', b'x = 07:32:00\ny = 1979-05-27 07:32:00+05:00\n',
        b'a = tru\n', b'= 1\n', b'a\n', b'a = [1, 2,]\nb = [\n# c\n]\n']):
    code, out = toml_expect('f.toml', data)
    case('check-toml', f'tomllib-{i:02d}', {'f.toml': data}, code, out)

# ---- check-xml: expectations from CPython's xml.sax (expat) ----
def xml_expect(name, data):
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, name)
        with open(path, 'wb') as f:
            f.write(data)
        cwd = os.getcwd()
        os.chdir(d)
        try:
            xml.sax.parse(name, xml.sax.handler.ContentHandler())
        except xml.sax.SAXException as e:
            return 1, f'{name}: Failed to xml parse ({e})\n'.encode()
        finally:
            os.chdir(cwd)
    return 0, b''


for i, data in enumerate([
        b'<a><b></a>', b'', b'<a>', b'<a/><b/>', b'<a>&foo;</a>', b'<a>\xa9</a>',
        b'<a>\n  <b x="1" x="2"/>\n</a>', b'<a>&#0;</a>', '<\u00e9\u00e9><b></\u00e9\u00e9>'.encode(),
        '<a>\u2603\u2603</b>'.encode(), '<a>\U0001f917</b>'.encode(), b'\n\n  <a>\n</b>', b'<a>\r\n</b>',
        b'<?xml version="1.0" encoding="latin-1"?><a>\xa9</a>', b'<x:a/>', b'\xef\xbb\xbf<a/>', b'  <a/>',
        b'<a/><!-- c -->', b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', b'<a><b></b></a>\n',
        b'<a/>x', b'<a/>\n  <b/>', b'<a>\n<b x="1"\n   x="2"/></a>', b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;&f;</a>',
        b'<a>\xff</a>', '<a>\u00e9'.encode() + b'\xff</a>', b'abc', b'<a></a', b'<a b="<"/>', b'<a><![CDATA[x</a>',
        b'<a/><!-- c --> <b/>', b'<?xml version="1.0"?>\n<a>\n  <b>\n</a>\n']):
    code, out = xml_expect('f.xml', data)
    case('check-xml', f'expat-{i:02d}', {'f.xml': data}, code, out)

# ---- check-yaml (the layout of ruamel.yaml's pure-Python loader) ----
cy = 'check-yaml'
case(cy, 'duplicate-key', {'dup.yaml': b'a: 1\na: 2\n'}, 1,
     b'while constructing a mapping\n  in "dup.yaml", line 1, column 1\n'
     b'found duplicate key "a" with value "2" (original value: "1")\n  in "dup.yaml", line 2, column 1\n\n'
     b'To suppress this check see:\n    http://yaml.readthedocs.io/en/latest/api.html#duplicate-keys\n\n')
case(cy, 'duplicate-flow-key', {'dup.yaml': b'{a: 1, a: 2}\n'}, 1,
     b'while constructing a mapping\n  in "dup.yaml", line 1, column 1\n'
     b'found duplicate key "a" with value "2" (original value: "1")\n  in "dup.yaml", line 1, column 8\n\n'
     b'To suppress this check see:\n    http://yaml.readthedocs.io/en/latest/api.html#duplicate-keys\n\n')
MULTI = (b'expected a single document in the stream\n  in "multi.yaml", line 2, column 1\n'
         b'but found another document\n  in "multi.yaml", line 3, column 1\n')
case(cy, 'multi-document', {'multi.yaml': b'---\nfoo\n---\nbar\n'}, 1, MULTI)
case(cy, 'multi-document-allowed', {'multi.yaml': b'---\nfoo\n---\nbar\n'}, 0, args=['-m'])
case(cy, 'multi-document-unsafe', {'multi.yaml': b'---\nfoo\n---\nbar\n'}, 0, args=['--unsafe'])
case(cy, 'mapping-values', {'map.yaml': b'a: b: c\n'}, 1,
     b'mapping values are not allowed here\n  in "map.yaml", line 1, column 5\n')
case(cy, 'vault-tag', {'vault.yaml': b'some_foo: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n'}, 1,
     b"could not determine a constructor for the tag '!vault'\n  in \"vault.yaml\", line 1, column 11\n")
case(cy, 'vault-tag-unsafe', {'vault.yaml': b'some_foo: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n'}, 0, args=['--unsafe'])
case(cy, 'unterminated-quote', {'q.yaml': b'key: "unterminated\n'}, 1,
     b'while scanning a quoted scalar\n  in "q.yaml", line 1, column 6\nfound unexpected end of stream\n'
     b'  in "q.yaml", line 2, column 1\n')
case(cy, 'fine', {'e.yaml': b'', 'bom.yaml': b'\xef\xbb\xbfa: 1\n', 'v.yaml': b'%YAML 1.1\n---\na: 1\n',
                  'k.yaml': b'? [1]\n: 2\n', 'm.yaml': b'<<: {a: 1}\nb: 2\n', 'c.yaml': b'a: 1\r\nb: 2\r\n'}, 0)

# Recorded with ruamel.yaml 0.19.1 (pure Python): YAML(typ='safe').load(open('y.yaml')); the
# duplicate-key help URL put back to the 0.17.21 one that pre-commit-hooks 6.0.0 shows.
RUAMEL_CASES = [
    (b'a: 1\na: 2\n', b'while constructing a mapping\n  in "y.yaml", line 1, column 1\nfound duplicate key "a" with value "2" (original value: "1")\n  in "y.yaml", line 2, column 1\n\nTo suppress this check see:\n    http://yaml.readthedocs.io/en/latest/api.html#duplicate-keys\n\n'),
    (b'{a: 1, a: 2}\n', b'while constructing a mapping\n  in "y.yaml", line 1, column 1\nfound duplicate key "a" with value "2" (original value: "1")\n  in "y.yaml", line 1, column 8\n\nTo suppress this check see:\n    http://yaml.readthedocs.io/en/latest/api.html#duplicate-keys\n\n'),
    (b'---\nfoo\n---\nbar\n', b'expected a single document in the stream\n  in "y.yaml", line 2, column 1\nbut found another document\n  in "y.yaml", line 3, column 1\n'),
    (b'[', b'while parsing a flow node\nexpected the node content, but found \'<stream end>\'\n  in "y.yaml", line 1, column 2\n'),
    (b'a: b: c\n', b'mapping values are not allowed here\n  in "y.yaml", line 1, column 5\n'),
    (b'a:\n  - 1\n - 2\n', b'while parsing a block mapping\n  in "y.yaml", line 1, column 1\nexpected <block end>, but found \'<block sequence start>\'\n  in "y.yaml", line 3, column 2\n'),
    (b'a: &x 1\nb: *y\n', b'found undefined alias \'y\'\n  in "y.yaml", line 2, column 4\n'),
    (b'some_foo: !vault |\n    x\n', b'could not determine a constructor for the tag \'!vault\'\n  in "y.yaml", line 1, column 11\n'),
    (b'key: "unterminated\n', b'while scanning a quoted scalar\n  in "y.yaml", line 1, column 6\nfound unexpected end of stream\n  in "y.yaml", line 2, column 1\n'),
    (b'a: 1\n\tb: 2\n', b'while scanning for the next token\nfound character \'\\t\' that cannot start any token\n  in "y.yaml", line 2, column 1\n'),
    (b'a: "\x01"\n', b'unacceptable character #x0001: special characters are not allowed\n  in "y.yaml", position 4\n'),
    (b'a: 1\r\nb: [\r\n', b'while parsing a flow node\nexpected the node content, but found \'<stream end>\'\n  in "y.yaml", line 3, column 1\n'),
    (b'x: !!python/object:foo.Bar {}\n', b'could not determine a constructor for the tag \'tag:yaml.org,2002:python/object:foo.Bar\'\n  in "y.yaml", line 1, column 4\n'),
    (b'- a\nb: c\n', b'while parsing a block collection\n  in "y.yaml", line 1, column 1\nexpected <block end>, but found \'?\'\n  in "y.yaml", line 2, column 1\n'),
    (b'a: [1, 2\n', b'while parsing a flow sequence\n  in "y.yaml", line 1, column 4\nexpected \',\' or \']\', but got \'<stream end>\'\n  in "y.yaml", line 2, column 1\n'),
    (b'"a\n', b'while scanning a quoted scalar\n  in "y.yaml", line 1, column 1\nfound unexpected end of stream\n  in "y.yaml", line 2, column 1\n'),
    (b'a:\n- b\n  c: d\n', b'mapping values are not allowed here\n  in "y.yaml", line 3, column 4\n'),
    (b'%YAML 1.1\n%YAML 1.1\n---\na\n', b'found duplicate YAML directive\n  in "y.yaml", line 2, column 1\n'),
    (b'? a\n? a\n', b'while constructing a mapping\n  in "y.yaml", line 1, column 1\nfound duplicate key "a" with value "None" (original value: "None")\n  in "y.yaml", line 2, column 3\n\nTo suppress this check see:\n    http://yaml.readthedocs.io/en/latest/api.html#duplicate-keys\n\n'),
    (b'a: {b: 1, b: 2}\n', b'while constructing a mapping\n  in "y.yaml", line 1, column 4\nfound duplicate key "b" with value "2" (original value: "1")\n  in "y.yaml", line 1, column 11\n\nTo suppress this check see:\n    http://yaml.readthedocs.io/en/latest/api.html#duplicate-keys\n\n'),
    (b'1: a\n1.0: b\n', b'while constructing a mapping\n  in "y.yaml", line 1, column 1\nfound duplicate key "1.0" with value "b" (original value: "a")\n  in "y.yaml", line 2, column 1\n\nTo suppress this check see:\n    http://yaml.readthedocs.io/en/latest/api.html#duplicate-keys\n\n'),
    (b'a: !!binary xx\n', b'failed to decode base64 data: Incorrect padding\n  in "y.yaml", line 1, column 4\n'),
    (b'*a\n', b'found undefined alias \'a\'\n  in "y.yaml", line 1, column 1\n'),
    (b'a: @b\n', b'while scanning for the next token\nfound character \'@\' that cannot start any token\n  in "y.yaml", line 1, column 4\n'),
    (b'a: `b\n', b'while scanning for the next token\nfound character \'`\' that cannot start any token\n  in "y.yaml", line 1, column 4\n'),
    (b"a: 'b\n", b'while scanning a quoted scalar\n  in "y.yaml", line 1, column 4\nfound unexpected end of stream\n  in "y.yaml", line 2, column 1\n'),
    (b'- - - [\n', b'while parsing a flow node\nexpected the node content, but found \'<stream end>\'\n  in "y.yaml", line 2, column 1\n'),
    (b'&a [*a]\n', b''),
]

# values the safe constructor cannot build crash the original (a traceback, exit 1); ours is
# a short traceback-like text on stderr with the same exception line
for i, (data, last) in enumerate([
        (b'd: 2020-13-45\n', 'ValueError: month must be in 1..12'),
        (b'd: 2021-02-29\n', 'ValueError: day is out of range for month'),
        (b'i: !!int abc\n', "ValueError: invalid literal for int() with base 10: 'abc'")]):
    case(cy, f'crash-{i}', {'y.yaml': data}, 1,
         f'Traceback (most recent call last):\n  (built-in hook check-yaml, run in-process)\n{last}\n'.encode())
case(cy, 'impossible-date-unsafe', {'y.yaml': b'd: 2020-13-45\n'}, 0, args=['--unsafe'])
case(cy, 'quoted-date', {'y.yaml': b'd: "2020-13-45"\n'}, 0)

for i, (data, out) in enumerate(RUAMEL_CASES):
    case(cy, f'ruamel-{i:02d}', {'y.yaml': data}, 1 if out else 0, out)

# ---- detect-aws-credentials (HOME is the fixture directory, which has no ~/.aws) ----
da = 'detect-aws-credentials'
case(da, 'no-credentials', {'f.txt': b'x'}, 2,
     b'No AWS keys were found in the configured credential files and environment variables.\n'
     b'Please ensure you have the correct setting for --credentials-file\n')
case(da, 'allow-missing', {'f.txt': b'x'}, 0, args=['--allow-missing-credentials'])
case(da, 'secret-found', {'creds.ini': b'[default]\naws_access_key_id = AKIAX\naws_secret_access_key = z2rpgs5uit782eapz5l1z0y2lurtsyyk6hcfozlb\n'
                           b'[other]\n# aws_secret_access_key = commented\naws_session_token = \n',
                          'leak.txt': b'key: z2rpgs5uit782eapz5l1z0y2lurtsyyk6hcfozlb\n', 'clean.txt': b'\xa9 nothing\n'}, 1,
     b'AWS secret found in leak.txt: z2rp************************\n',
     names=['--credentials-file', 'creds.ini', 'leak.txt', 'clean.txt'])
case(da, 'needs-a-file', {}, 2,
     b'usage: detect-aws-credentials [-h] [--credentials-file CREDENTIALS_FILE]\n'
     b'                              [--allow-missing-credentials]\n'
     b'                              filenames [filenames ...]\n'
     b'detect-aws-credentials: error: the following arguments are required: filenames\n', names=[])

# ---- no-commit-to-branch ----
case('no-commit-to-branch', 'extra-files-are-an-error', {'f': b''}, 2,
     b'usage: no-commit-to-branch [-h] [-b BRANCH] [-p PATTERN]\n'
     b'no-commit-to-branch: error: unrecognized arguments: f\n')

# ---- removed hooks ----
case('check-byte-order-marker', 'removed', {'f.txt': b''}, 1,
     b'`check-byte-order-marker` has been removed -- use `fix-byte-order-marker` from https://github.com/pre-commit/pre-commit-hooks\n',
     )

# ---- the Python-source hooks (they run python3; expectations from the spec's tables) ----
bl = 'check-builtin-literals'
for i, expr in enumerate(['complex()', 'dict()', 'float()', 'int()', 'list()', 'str()', 'tuple()']):
    name = expr[:-2]
    lit = {'complex': '0j', 'dict': '{}', 'float': '0.0', 'int': '0', 'list': '[]', 'str': "''", 'tuple': '()'}[name]
    case(bl, f'flagged-{name}', {'f.py': f'{expr}\n'.encode()}, 1, f'f.py:1:0: replace {name}() with {lit}\n'.encode())
case(bl, 'not-flagged', {'f.py': b"x[0]()\ncomplex(0, 0)\ncomplex('0+0j')\nfloat('0.0')\nint('0')\nlist('abc')\n"
                                  b"list([c for c in 'abc'])\nlist(c for c in 'abc')\nstr('0')\ntuple((1,))\n"
                                  b"import builtins\nbuiltins.list()\ndict(a=1, b=2, c=3)\ndict(**{'a': 1})\n"
                                  b"dict([(1, 2)])\ndict((a, b) for a, b in x)\ndict(*x)\n"}, 0)
case(bl, 'no-allow-dict-kwargs', {'f.py': b"dict(a=1, b=2)\ndict(**{'a': 1})\nf(dict())\n"}, 1,
     b'f.py:1:0: replace dict() with {}\nf.py:2:0: replace dict() with {}\nf.py:3:2: replace dict() with {}\n',
     args=['--no-allow-dict-kwargs'])
case(bl, 'utf8-byte-columns', {'f.py': 'x = {"a": int()}\n\u00e9\u00e9 = dict()\n'.encode()}, 1,
     b'f.py:1:10: replace int() with 0\nf.py:2:7: replace dict() with {}\n')
case(bl, 'ignore-all', {'f.py': b'complex()\ndict()\nfloat()\nint()\nlist()\nstr()\ntuple()\n'}, 0,
     args=['--ignore=complex,dict,float,int,list,str,tuple'])
case(bl, 'keywords-do-not-exempt-int', {'f.py': b'int(base=2)\n'}, 1, b'f.py:1:0: replace int() with 0\n')

ds = 'check-docstring-first'
for i, (src, code, out) in enumerate([
        (b'', 0, b''), (b'"foo"', 0, b''),
        (b'from __future__ import unicode_literals\n"foo"\n', 1,
         b'f.py:2: Module docstring appears after code (code seen on line 1).\n'),
        (b'"The real docstring"\nfrom __future__ import absolute_import\n"fake docstring"\n', 1,
         b'f.py:3: Multiple module docstrings (first docstring on line 1).\n'),
        (b'import os\nimport sys\n"docstring"\n', 1,
         b'f.py:3: Module docstring appears after code (code seen on line 1).\n'),
        (b'x = "foo"\n', 0, b''),
        (b'# -*- coding: cp1252 -*-\nx = "\xa3"\n', 0, b''),
        (b'"a" "b"\n', 0, b'')]):
    case(ds, f'table-{i:02d}', {'f.py': src}, code, out)

de = 'debug-statements'
case(de, 'clean', {'f.py': b'import os\nfrom foo import bar\n'}, 0)
case(de, 'ipdb', {'f.py': b'import ipdb; ipdb.set_trace()\n'}, 1, b'f.py:1:0: ipdb imported\n')
case(de, 'pudb', {'f.py': b'from pudb import set_trace; set_trace()\n'}, 1, b'f.py:1:0: pudb imported\n')
case(de, 'breakpoint', {'f.py': b'breakpoint()\n'}, 1, b'f.py:1:0: breakpoint called\n')
case(de, 'nested-breakpoint', {'f.py': b'def f():\n    breakpoint()\n'}, 1, b'f.py:2:4: breakpoint called\n')
case(de, 'alias', {'f.py': b'import os, q as qq\n'}, 1, b'f.py:1:0: q imported\n')
case(de, 'not-debuggers', {'f.py': b'import pdb.foo\nx.breakpoint()\n'}, 0)
case(de, 'cp1252', {'f.py': b'# -*- coding: cp1252 -*-\nx = "\x80"\n'}, 0)

dq = 'double-quote-string-fixer'
for i, (src, res) in enumerate([
        ("''", None), ('""', "''"), ('"\\\'"', None), ('"\\""', None), ("'\\\"\\\"'", None),
        ('x = "foo"', "x = 'foo'"), ('""" Foo """', None),
        ('\nx = " \\\nfoo \\\n"\n\n', "\nx = ' \\\nfoo \\\n'\n\n"),
        ('"foo""bar"', "'foo''bar'"), ("f'hello{\"world\"}'", None),
        ('"foo"\r\n"bar"\r\n', "'foo'\r\n'bar'\r\n")]):
    src_b = src.encode()
    case(dq, f'table-{i:02d}', {'f.py': src_b}, 1 if res else 0,
         b'Fixing strings in f.py\n' if res else b'', after={'f.py': res.encode()} if res else {})

case('check-ast', 'valid', {'a.py': b'x = 1\n', 'b.py': b'\xef\xbb\xbfy = 2\n'}, 0)


def write(c):
    d = os.path.join(ROOT, c['hook'], 'cases', c['name'])
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, 'in'))
    for name, data in c['files'].items():
        p = os.path.join(d, 'in', name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(b(data))
    for name, data in c['after'].items():
        p = os.path.join(d, 'out', name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(b(data))
    names = c['names'] if c['names'] is not None else list(c['files'])
    with open(os.path.join(d, 'args'), 'w', encoding='UTF-8', newline='') as f:
        f.write(''.join(a + '\n' for a in c['args'] + names))
    with open(os.path.join(d, 'exit'), 'w') as f:
        f.write(f"{c['exit']}\n")
    with open(os.path.join(d, 'output'), 'wb') as f:
        f.write(c['output'])
    if c['executable']:
        with open(os.path.join(d, 'executable'), 'w', newline='') as f:
            f.write(''.join(n + '\n' for n in c['executable']))
    if c['symlinks']:
        with open(os.path.join(d, 'symlinks'), 'w', newline='') as f:
            f.write(''.join(n + '\n' for n in c['symlinks']))


for hook in {c['hook'] for c in CASES}:
    shutil.rmtree(os.path.join(ROOT, hook, 'cases'), ignore_errors=True)
for c in CASES:
    write(c)
print(f'{len(CASES)} cases', file=sys.stderr)
