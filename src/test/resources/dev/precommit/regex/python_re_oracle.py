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


if __name__ == '__main__':
    if sys.argv[1] == 'corpus':
        corpus(sys.argv[2], sys.argv[3:])
    else:
        fuzz()
