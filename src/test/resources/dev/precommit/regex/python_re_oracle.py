"""Reference answers from CPython's own `re`, for PythonRegex's differential tests.

Protocol (stdout, one record per line, strings as JSON with ASCII escapes):

  corpus PATHS_JSON YAML...   For every `files`/`exclude` string in the YAML files (top level,
                              each repo's hooks, or a manifest's hook list), de-duplicated:
                                PATTERN <json>
                                OK <comma-separated indices of paths that re.search matches>
                              or ERROR <json message>
  fuzz                        stdin: {"cases": [[pattern, is_bytes, flags], ...],
                                      "subjects": [str, ...]}
                              per case: OK <span per subject, "start:end", "-" for no match,
                              "x" for a subject a bytes pattern cannot see> or ERROR <json>
  tables PROBES_JSON          CATEGORIES <2-letter unicodedata category of every code point>
                              WORD|DIGIT|SPACE <code point ranges a str pattern \\w, \\d, \\s matches>
                              CASED <code points with case, in order: the probe subject>
                              EXTRA <re._casefix._EXTRA_CASES as key:v1/v2 ...>
                              per probe: PROBE <code points re.findall finds in CASED's text>
"""
import json
import re
import sys
import warnings

import yaml

warnings.simplefilter('ignore')  # DeprecationWarning/FutureWarning must not reach stdout


def hooks_of(doc):
    if isinstance(doc, list):  # a manifest (.pre-commit-hooks.yaml)
        return doc
    if not isinstance(doc, dict):
        return []
    hooks = []
    for repo in doc.get('repos') or []:
        if isinstance(repo, dict):
            hooks.extend(repo.get('hooks') or [])
    return hooks


def patterns_of(doc):
    found = []
    holders = ([doc] if isinstance(doc, dict) else []) + hooks_of(doc)
    for holder in holders:
        if isinstance(holder, dict):
            for key in ('files', 'exclude'):
                value = holder.get(key)
                if isinstance(value, str):
                    found.append(value)
    return found


def corpus(paths_file, yaml_files):
    with open(paths_file, encoding='ascii') as f:
        paths = json.load(f)
    seen = {}
    for name in yaml_files:
        with open(name, encoding='utf-8') as f:
            try:
                doc = yaml.safe_load(f)
            except yaml.YAMLError:
                continue
        for pattern in patterns_of(doc):
            seen.setdefault(pattern, None)
    out = sys.stdout
    for pattern in seen:
        out.write('PATTERN ' + json.dumps(pattern) + '\n')
        try:
            compiled = re.compile(pattern)
        except (re.error, ValueError, OverflowError) as e:
            out.write('ERROR ' + json.dumps(str(e)) + '\n')
            continue
        search = compiled.search
        hits = [str(i) for i, p in enumerate(paths) if search(p)]
        out.write('OK ' + ','.join(hits) + '\n')


def fuzz():
    request = json.load(sys.stdin)
    subjects = request['subjects']
    out = sys.stdout
    for pattern, is_bytes, flags in request['cases']:
        try:
            source = pattern.encode() if is_bytes else pattern
            compiled = re.compile(source, flags)
        except (re.error, ValueError, OverflowError, UnicodeEncodeError) as e:
            out.write('ERROR ' + json.dumps(str(e)) + '\n')
            continue
        spans = []
        for subject in subjects:
            if is_bytes:
                try:
                    subject = subject.encode('latin-1')
                except UnicodeEncodeError:
                    spans.append('x')
                    continue
            m = compiled.search(subject)
            spans.append('%d:%d' % m.span() if m else '-')
        out.write('OK ' + ' '.join(spans) + '\n')


def ranges(codes):
    runs = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return ','.join('%d-%d' % (lo, hi) for lo, hi in runs)


def tables(probes_file):
    import _sre
    import unicodedata
    out = sys.stdout
    every = range(sys.maxunicode + 1)
    out.write('CATEGORIES ' + ''.join(unicodedata.category(chr(c)) for c in every) + '\n')
    for name, pattern in (('WORD', r'\w'), ('DIGIT', r'\d'), ('SPACE', r'\s')):
        match = re.compile(pattern).match
        out.write(name + ' ' + ranges(c for c in every if match(chr(c))) + '\n')
    cased = [c for c in every
             if _sre.unicode_iscased(c) or chr(c).lower() != chr(c) or chr(c).upper() != chr(c)]
    out.write('CASED ' + ','.join(map(str, cased)) + '\n')
    from re._casefix import _EXTRA_CASES
    out.write('EXTRA ' + ' '.join(
        '%d:%s' % (k, '/'.join(map(str, v))) for k, v in sorted(_EXTRA_CASES.items())) + '\n')
    text = ''.join(map(chr, cased))
    with open(probes_file, encoding='ascii') as f:
        probes = json.load(f)
    for probe in probes:
        found = re.compile(probe).findall(text)
        out.write('PROBE ' + ','.join(str(ord(m)) for m in found) + '\n')


if __name__ == '__main__':
    if sys.argv[1] == 'corpus':
        corpus(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == 'tables':
        tables(sys.argv[2])
    else:
        fuzz()
